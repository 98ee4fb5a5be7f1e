"""A bounded least-recently-used map, safe to share between a worker's threads.

The bound is a number of entries, or, given `weigh`, a total weight (bytes of rendered HTML):
entries of any size are kept while the total allows, oldest evicted first.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def _one(_value) -> int:
    return 1


class LRU(Generic[K, V]):
    def __init__(self, size: int, weigh: Callable[[V], int] = _one):
        self.size = size
        self.weigh = weigh
        self.weight = 0
        self._entries: OrderedDict[K, V] = OrderedDict()
        # Another thread may evict between a lookup and its move to the end.
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.weight -= self.weigh(old)
            self._entries[key] = value
            self.weight += self.weigh(value)
            # The newest entry stays even if it alone is over the bound: it is in use now.
            while self.weight > self.size and len(self._entries) > 1:
                _, evicted = self._entries.popitem(last=False)
                self.weight -= self.weigh(evicted)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.weight = 0

    def items(self) -> list[tuple[K, V]]:
        """A snapshot, oldest first."""
        with self._lock:
            return list(self._entries.items())

    def __len__(self) -> int:
        return len(self._entries)
