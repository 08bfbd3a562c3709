# asyncio end to end: queues, gather with exceptions, timeouts, TaskGroup, futures with
# call_later, run_in_executor, events, semaphores, cancellation, subprocesses and a TCP echo
# server on loopback.
import asyncio, time
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    res = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(res)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.01, 1))
        t2 = tg.create_task(asyncio.sleep(0.02, 2))
    print(t1.result(), t2.result())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut)
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01); ev.set()
    asyncio.ensure_future(setter())
    await ev.wait(); print("event")
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.001)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    proc = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
    o, _ = await proc.communicate(); print(o, proc.returncode)
    async def handle(r, w):
        data = await r.readline(); w.write(data.upper()); await w.drain(); w.close()
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hello\n"); await w.drain()
    print(await r.readline()); w.close(); srv.close(); await srv.wait_closed()
asyncio.run(main())
