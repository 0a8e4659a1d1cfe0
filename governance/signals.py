"""Receivers that keep governance rules in force (filled in below)."""
