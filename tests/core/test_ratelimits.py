import pytest
from django.core.cache import cache

from outreach import ratelimits

LIMIT = ratelimits.Limit("test", attempts=3, window=900)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_after_the_nth_attempt_more_are_refused_with_the_time_left():
    decisions = [ratelimits.hit(LIMIT, "10.0.0.1") for _ in range(3)]
    assert [d.allowed for d in decisions] == [True, True, False]
    assert 0 < decisions[-1].retry_after <= 900
    assert not ratelimits.check(LIMIT, "10.0.0.1").allowed


def test_keys_and_scopes_are_counted_apart():
    for _ in range(3):
        ratelimits.hit(LIMIT, "10.0.0.1")
    assert ratelimits.check(LIMIT, "10.0.0.2").allowed
    assert ratelimits.check(ratelimits.Limit("other", 3, 900), "10.0.0.1").allowed
