"""Factories with a seeded Faker (seeded in conftest), so test data is the same every run."""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from outreach.encounters.models import PopupSession
from outreach.places.models import Venue


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct-horse-battery")


class PopupSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PopupSession

    venue = factory.LazyFunction(lambda: Venue.objects.order_by("pk").first())
    worker = factory.SubFactory(UserFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=3))
    themes = factory.LazyFunction(lambda: ["mental-health"])
    languages = factory.LazyFunction(lambda: ["fi", "sv"])
