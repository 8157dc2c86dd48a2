from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

TEMPLATE = Template(
    '{{ moment|date:"SHORT_DATE_FORMAT" }} {{ moment|time:"TIME_FORMAT" }} {{ amount }}'
)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_finnish_formats_in_every_language(language, settings):
    moment = datetime(2026, 11, 22, 14, 30, tzinfo=ZoneInfo("Europe/Helsinki"))
    with translation.override(language):
        rendered = TEMPLATE.render(Context({"moment": moment, "amount": Decimal("12.50")}))
    assert rendered == "22.11.2026 14.30 12,50"
    assert settings.TIME_ZONE == "Europe/Helsinki"
