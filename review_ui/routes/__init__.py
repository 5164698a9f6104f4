"""Thin HTTP routes: parse the request, call review_ui.crud, render a template."""
