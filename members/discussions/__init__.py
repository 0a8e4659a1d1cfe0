"""Discussions on lessons, resources, learning paths and events: threads,
replies and their moderation. The moderation queue in the admin lives in
``moderation``; this app keeps the posts and the rules of who may read and
write them."""
