"""Cleaning: raw page text (or HTML) → labelled lines → the article's fields."""
