"""Ways of showing the picture: terminal views now; briefings and exports later."""
