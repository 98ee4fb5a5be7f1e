"""Extensions, created unbound and attached by create_app."""

from flask_login import LoginManager
from flask_wtf import CSRFProtect

csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."
# A new session at every login is made by hand (session.clear); "strong" would also log out
# users whose address changes mid-meeting (a phone moving between networks).
login_manager.session_protection = "basic"
