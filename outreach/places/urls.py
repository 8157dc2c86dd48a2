from django.urls import path

from . import geojson

app_name = "places"

urlpatterns = [
    path("municipalities.geojson", geojson.municipalities_geojson, name="municipalities-geojson"),
    path("venues.geojson", geojson.venues_geojson, name="venues-geojson"),
]
