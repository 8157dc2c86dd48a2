"""Finnish conventions in every interface language: 22.11.2026, 14.30, decimal comma.

Swedish here is Finland Swedish and English is read in Finland, so all three use the same formats.
"""
