"""{{ claim.amount|euro }}: the one money format of pricing.euro in templates."""

from django import template

from ..pricing import euro

register = template.Library()
register.filter("euro", euro)
