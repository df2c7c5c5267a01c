"""The two seed articles, shipped as package data so the installed app can open its sample."""
