"""The bench's yardstick: bench/workloads.ts's workloads in PyTorch on one CPU thread.

Run by bench/run.ts when Debian's python3-torch is installed; prints one JSON object.
The algorithms match the tfjs side (same shapes; the NTK layer by layer from one batched
backward pass through zero probes, as src/nets/build/ntk.ts does; a host read after every step as
trainMlp does), so the ratio measures the backends.
"""
import json
import statistics
import time

import torch

torch.set_num_threads(1)
torch.manual_seed(0)


def timed(f, reps):
    """Median wall milliseconds of reps calls after one warm-up."""
    f()
    walls = []
    for _ in range(reps):
        t = time.perf_counter()
        f()
        walls.append((time.perf_counter() - t) * 1000)
    return {"ms": statistics.median(walls), "reps": reps}


def matmul(n, reps=5):
    a, b = torch.randn(n, n), torch.randn(n, n)
    t = timed(lambda: (a @ b).numpy(), reps)
    return {"gflops": 2 * n**3 / (t["ms"] * 1e6), "timing": t}


def gradient_norms(reps=5):
    def build():
        return [torch.randn(256, 256) * (2 / 256) ** 0.5 for _ in range(50)]

    weights = build()

    def grads():
        x = torch.randn(64, 256)
        r = torch.randn(64, 256)
        probes = [torch.zeros(64, 256, requires_grad=True) for _ in range(50)]
        h = x
        for l, w in enumerate(weights):
            h = h + probes[l]
            z = h @ w
            h = torch.relu(z) if l < 49 else z
        loss = (h * r).sum()
        gs = torch.autograd.grad(loss, probes)
        return torch.stack([g.norm() for g in gs]).numpy()

    return {"build": timed(build, reps), "gradients": timed(grads, reps)}


def training(reps=3):
    x = torch.randn(4000, 40)
    y = torch.randint(0, 10, (4000,))

    def run():
        sizes = [40, 100, 100, 10]
        params = []
        for i, o in zip(sizes[:-1], sizes[1:]):
            params += [(torch.randn(i, o) * (2 / i) ** 0.5).requires_grad_(), torch.zeros(o, requires_grad=True)]
        opt = torch.optim.SGD(params, lr=0.05)
        for _ in range(200):
            opt.zero_grad()
            h = x
            for l in range(3):
                h = h @ params[2 * l] + params[2 * l + 1]
                if l < 2:
                    h = torch.relu(h)
            loss = torch.nn.functional.cross_entropy(h, y)
            loss.backward()
            opt.step()
            loss.item()

    return timed(run, reps)


def ntk(reps=3):
    w1 = torch.randn(40, 1024)
    w2 = torch.randn(1024, 1)
    x = torch.randn(64, 40)
    c1, c2 = (2 / 40) ** 0.5, (2 / 1024) ** 0.5

    def run():
        p1 = torch.zeros(64, 1024, requires_grad=True)
        p2 = torch.zeros(64, 1, requires_grad=True)
        h = torch.relu(x @ w1 * c1 + p1)
        out = h @ w2 * c2 + p2
        g1, g2 = torch.autograd.grad(out.sum(), (p1, p2))
        k = (x @ x.T * c1**2) * (g1 @ g1.T) + (h @ h.T * c2**2) * (g2 @ g2.T)
        return k.detach().numpy()

    return timed(run, reps)


print(json.dumps({
    "torch": torch.__version__,
    "threads": torch.get_num_threads(),
    "matmul": {"256": matmul(256), "1024": matmul(1024)},
    "gradientNorms": gradient_norms(),
    "training": training(),
    "ntk": ntk(),
}))
