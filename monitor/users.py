"""Users and password hashing (argon2). Shared by the CLI (`livewatch users add`) and the review UI."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from zxcvbn import zxcvbn

from monitor import audit
from monitor.models import ROLES, User

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 200
MIN_PASSWORD_SCORE = 3          # zxcvbn 0-4: 3 = "safely unguessable" against an offline attack on a slow hash
# zxcvbn's cost grows with length; its authors judge only the first 100 characters, so do we.
ZXCVBN_CHARS = 100

# Chinese first: the CLI prints these as they are, the UI translates by `key`.
PASSWORD_MESSAGES = {
    "password.too_short": f"密码太短：至少需要 {MIN_PASSWORD_LENGTH} 个字符",
    "password.too_long": f"密码太长：最多 {MAX_PASSWORD_LENGTH} 个字符",
    "password.blank": "密码不能只由空格组成",
    "password.weak": "密码太容易被猜到：请用更长、不常见的词组，或夹杂数字和符号",
}


class UserError(ValueError):
    pass


class PasswordError(UserError):
    def __init__(self, key: str) -> None:
        super().__init__(PASSWORD_MESSAGES[key])
        self.key = key


def password_problem(password: str, username: str = "") -> str | None:
    """The PASSWORD_MESSAGES key saying what is wrong with this password, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password.too_short"
    if len(password) > MAX_PASSWORD_LENGTH:
        return "password.too_long"
    if not password.strip():
        return "password.blank"
    inputs = [username] if username else []
    if zxcvbn(password[:ZXCVBN_CHARS], user_inputs=inputs)["score"] < MIN_PASSWORD_SCORE:
        return "password.weak"
    return None


def check_password(password: str, username: str = "") -> None:
    """Raise PasswordError (a UserError with a Chinese message) unless the password is strong enough."""
    problem = password_problem(password, username)
    if problem:
        raise PasswordError(problem)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def get_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def create_user(session: Session, username: str, password: str, role: str, *, actor: str = "cli") -> User:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not username or len(username) > 100:
        raise UserError("username must be 1-100 characters")
    check_password(password, username)
    if get_user(session, username) is not None:
        raise UserError(f"user {username!r} already exists")
    user = User(username=username, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", "user", user.id, username=username, role=role)
    return user
