"""rsvp"""
