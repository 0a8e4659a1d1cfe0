"""What happens to uploaded images and documents."""
