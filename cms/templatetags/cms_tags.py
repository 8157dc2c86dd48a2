from django import template

register = template.Library()


@register.filter
def translation_in(page, language_code):
    """The live translation of ``page`` in ``language_code``, or ``None``."""
    return (
        page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )
