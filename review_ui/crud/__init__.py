"""Queries and writes behind the routes; routes stay thin and never build SQL themselves."""
