"""The Content Security Policy: strict on the public site, relaxed only inside the Wagtail admin.

Public pages load scripts and styles from our own static files (a nonce where a third-party tag
writes an inline script), images from us and the configured map tiles, and nothing else. The
Wagtail admin renders inline scripts and styles of its own; only logged-in staff use it, so it
gets ``CMS_ADMIN_CONTENT_SECURITY_POLICY`` instead.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.CMS_ADMIN_URL_PREFIXES):
            return PolicyParts(
                settings.CMS_ADMIN_CONTENT_SECURITY_POLICY, parts.update, parts.replace, parts.nonce
            )
        return parts
