"""numpy side of the .npy/.npz interoperability tests.

    python3 npy_fixtures.py write DIR   writes every fixture array as DIR/NAME.npy plus stored.npz and compressed.npz
    python3 npy_fixtures.py check DIR   checks the files jcanns wrote into DIR against the same definitions

Values follow a formula per dtype (below) that the Java test recomputes, so neither side trusts the other.
"""
import sys
import numpy as np

# name -> (numpy dtype, shape)
ARRAYS = {
    "f4_2x3": ("<f4", (2, 3)),
    "f8_5": ("<f8", (5,)),
    "i4_4x2": ("<i4", (4, 2)),
    "i8_3": ("<i8", (3,)),
    "b_7": ("|b1", (7,)),
    "i1_5": ("|i1", (5,)),
    "u1_6": ("|u1", (6,)),
    "f4_big_2x2x2": (">f4", (2, 2, 2)),
    "i8_big_4": (">i8", (4,)),
    "f8_scalar": ("<f8", ()),
    "f4_empty": ("<f4", (0, 3)),
}


def values(dtype, shape):
    n = int(np.prod(shape)) if shape else 1
    i = np.arange(n, dtype=np.int64)
    kind = np.dtype(dtype).kind
    size = np.dtype(dtype).itemsize
    if kind == "f":
        v = i * 0.5 - 3.0
    elif kind == "b":
        v = i % 3 == 0
    elif kind == "u":
        v = (i * 3) % 256
    elif size == 1:
        v = (i % 200) - 100
    elif size == 4:
        v = i * 7 - 20
    else:
        v = i * 3000000000 - 5
    return np.asarray(v).astype(dtype).reshape(shape)


def write(d):
    arrays = {name: values(*spec) for name, spec in ARRAYS.items()}
    for name, a in arrays.items():
        np.save(f"{d}/{name}.npy", a)
    # an F-contiguous array is saved column-major (fortran_order True); its logical content is unchanged
    np.save(f"{d}/f8_fortran_3x4x2.npy", np.asfortranarray(values("<f8", (3, 4, 2))))
    np.savez(f"{d}/stored.npz", **arrays)
    np.savez_compressed(f"{d}/compressed.npz", **arrays)


def check_array(name, a):
    dtype, shape = ARRAYS[name]
    want = values(dtype, shape)
    if a.dtype.kind != want.dtype.kind or a.dtype.itemsize != want.dtype.itemsize:
        raise AssertionError(f"{name}: dtype {a.dtype}, expected {want.dtype}")
    if a.shape != want.shape:
        raise AssertionError(f"{name}: shape {a.shape}, expected {want.shape}")
    if not a.flags["C_CONTIGUOUS"]:
        raise AssertionError(f"{name}: not C-ordered")
    if not np.array_equal(a, want):
        raise AssertionError(f"{name}: values {a.ravel()[:8]} differ from {want.ravel()[:8]}")


def check(d):
    for name in ARRAYS:
        check_array(name, np.load(f"{d}/{name}.npy"))
    for archive in ("stored.npz", "compressed.npz"):
        with np.load(f"{d}/{archive}") as z:
            if sorted(z.files) != sorted(ARRAYS):
                raise AssertionError(f"{archive}: keys {sorted(z.files)}")
            for name in ARRAYS:
                check_array(name, z[name])
    print("ok")


if __name__ == "__main__":
    {"write": write, "check": check}[sys.argv[1]](sys.argv[2])
