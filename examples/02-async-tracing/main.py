"""Breadcrumb Example 2: Async Tracing.

asyncio.gather over several tasks, one of which fails. Each coroutine is ONE call in the trace,
from its first start to its final return, so its duration includes the time it spent waiting.

    breadcrumb run examples/02-async-tracing/main.py
    breadcrumb query "SELECT function_name, duration_ms, exception_type FROM events ORDER BY timestamp"
"""

import asyncio
import sys


class PaymentDeclined(Exception):
    pass


async def fetch_user(user_id):
    await asyncio.sleep(0.05)
    return {"id": user_id, "name": "user-%d" % user_id}


async def fetch_orders(user_id):
    await asyncio.sleep(0.08)
    return [{"order": n, "user": user_id} for n in range(3)]


async def charge_card(user_id, amount):
    await asyncio.sleep(0.03)
    if amount > 100:
        raise PaymentDeclined("card of user %d declined for %d EUR" % (user_id, amount))
    return "charged %d" % amount


async def load_dashboard(user_id):
    user, orders = await asyncio.gather(fetch_user(user_id), fetch_orders(user_id))
    return {"user": user, "orders": len(orders)}


async def main():
    print("=" * 60)
    print("Breadcrumb Example 2: Async Tracing")
    print("=" * 60)
    dashboards = await asyncio.gather(*(load_dashboard(uid) for uid in (1, 2, 3)))
    for dashboard in dashboards:
        print("  dashboard:", dashboard)
    results = await asyncio.gather(charge_card(1, 20), charge_card(2, 250), charge_card(3, 60),
                                   return_exceptions=True)
    for result in results:
        print("  payment:", "FAILED: %r" % result if isinstance(result, Exception) else result)
    try:
        await asyncio.gather(fetch_user(4), charge_card(4, 500))
    except PaymentDeclined as error:
        print("  gather raised:", error)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
