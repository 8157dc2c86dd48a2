"""StreamField blocks the public pages share. Theme pages add the themes' own blocks through
``outreach.themes.blocks.ThemeStreamField``."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


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
                label=pgettext_lazy("page block", "Heading"),
                form_classname="title",
                icon="title",
                template="cms/blocks/heading.html",
            ),
        ),
        ("text", blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)),
        ("image", ImageBlock()),
    ]
