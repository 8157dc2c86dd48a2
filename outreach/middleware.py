"""Response headers every page gets: what browser features it may use, and who may cache it."""

from django.utils.cache import patch_cache_control

# The worker map locates the worker (geolocation on this origin); nothing uses the rest.
PERMISSIONS_POLICY = ", ".join(
    [
        "camera=()",
        "microphone=()",
        "geolocation=(self)",
        "payment=()",
        "usb=()",
        "serial=()",
        "bluetooth=()",
        "interest-cohort=()",
        "browsing-topics=()",
    ]
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PrivateForLoggedInMiddleware:
    """A logged-in user's pages never land in a shared cache (a proxy, a shared phone's network).

    ``private``, not ``no-store``: the worker app's service worker keeps its own offline copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and "public" not in response.get("Cache-Control", "")
        ):
            patch_cache_control(response, private=True)
        return response
