"""StreamField blocks the public pages share, and the field that adds the themes' blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from outreach.themes.blocks import theme_block_choices


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = blocks.RichTextBlock(label=_("answer"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "cms/blocks/question.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


def content_blocks():
    """The blocks of every body: headings, text and images."""
    return [
        (
            "heading",
            blocks.CharBlock(
                label=_("Heading"),
                form_classname="title",
                icon="title",
                template="cms/blocks/heading.html",
            ),
        ),
        ("text", blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)),
        ("image", ImageBlock()),
    ]


class ThemeStreamField(StreamField):
    """A body of content blocks plus the blocks every installed theme contributes.

    Theme blocks come and go with installed plugins, so the migration records only the content
    blocks: installing a theme never asks for a new migration of the pages that use it. Blocks
    of disabled themes stay so that old content still renders.
    """

    def __init__(self, block_types=None, **kwargs):
        # ``block_types`` is what deconstruct() recorded; the live blocks are always recomputed.
        kwargs.pop("block_lookup", None)
        super().__init__(content_blocks() + theme_block_choices(include_disabled=True), **kwargs)

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        kwargs.pop("block_lookup", None)
        _name, path, args, kwargs = StreamField(content_blocks(), **kwargs).deconstruct()
        return name, path, args, kwargs
