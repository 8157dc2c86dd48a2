from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def language_links(request):
    """Links to this page in every interface language, for the language switcher.

    Wagtail pages pass their own translations instead (``cms`` templates), since their slugs
    differ by language.
    """
    return {
        "language_links": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(request.get_full_path(), code),
            }
            for code, _name in settings.LANGUAGES
        ]
    }
