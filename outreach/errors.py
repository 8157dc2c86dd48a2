"""The server-error page in the visitor's language.

Django renders 500.html with an empty context (no context processors, no database), since either
may be what failed. The language comes from the address's prefix (/sv/...), so a Swedish page that
fails says so in Swedish even when the failure came before the locale middleware ran.
"""

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request, template_name="500.html"):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        # Each language's home page: the switcher, without resolving anything that could fail.
        links = [
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": f"/{code}/",
            }
            for code, _name in settings.LANGUAGES
        ]
        html = loader.get_template(template_name).render({"language_links": links})
    return HttpResponseServerError(html)
