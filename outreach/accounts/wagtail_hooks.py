from wagtail import hooks

from .admin_reach import reports_by_rule

hooks.register("construct_reports_menu", reports_by_rule)
