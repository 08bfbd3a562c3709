from .strings import shout
from ..config import VERSION as V
