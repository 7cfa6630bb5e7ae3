#!/usr/bin/env python3
"""Writes the seed corpus of jcanns' fuzz tests: the hostile inputs of issue 16 and a few valid files.

Jazzer runs every file of a fuzz test's inputs directory as a regression test in every build, and starts from
them when it fuzzes. Run from the repository root: python3 scripts/fuzz-corpus.py
"""
import io
import os
import struct
import zipfile

import numpy as np
import scipy.io


def npy_bytes(array):
    b = io.BytesIO()
    np.save(b, array, allow_pickle=False)
    return b.getvalue()


def npy_header(dict_text, version=1):
    padded_len = ((10 + len(dict_text) + 1 + 63) // 64) * 64 - 10
    text = (dict_text + " " * (padded_len - len(dict_text) - 1) + "\n").encode("latin1")
    if version == 1:
        return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text
    return b"\x93NUMPY" + bytes([version, 0]) + struct.pack("<I", len(text)) + text


def npz_bytes(members, compression=zipfile.ZIP_STORED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", compression) as z:
        for name, data in members:
            z.writestr(name, data)
    return b.getvalue()


def write(directory, name, data):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def main():
    core = "core/src/test/resources/org/jcanns/core/io/"
    npy = core + "NpyFuzzTestInputs/npy"
    small = np.arange(6, dtype=np.float32).reshape(2, 3)
    write(npy, "valid_f4", npy_bytes(small))
    write(npy, "valid_fortran_f8", npy_bytes(np.asfortranarray(np.arange(12.0).reshape(3, 4))))
    write(npy, "valid_big_endian_i8", npy_bytes(np.arange(4, dtype=">i8")))
    write(npy, "declares_40000x40000", npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (40000, 40000), }") + bytes(240))
    write(npy, "declares_1e6x1e6", npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (1000000, 1000000), }"))
    write(npy, "unicode_U1", npy_bytes(np.array(["a", "b", "c"])))
    write(npy, "no_closing_brace", npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), ") + bytes(12))
    write(npy, "shape_abc", npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (abc,), }") + bytes(12))
    write(npy, "negative_dimension", npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (-3,), }") + bytes(12))
    huge_len = bytearray(npy_header("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", version=2) + bytes(12))
    huge_len[8:12] = b"\xff\xff\xff\xff"
    write(npy, "header_length_4GiB", bytes(huge_len))

    npz = core + "NpzFuzzTestInputs/npz"
    a, b = npy_bytes(small), npy_bytes(np.array([1, 2, 3], dtype=np.int32))
    write(npz, "valid_stored", npz_bytes([("a.npy", a), ("b.npy", b)]))
    write(npz, "valid_deflated", npz_bytes([("a.npy", a), ("b.npy", b)], zipfile.ZIP_DEFLATED))
    write(npz, "duplicate_members", npz_bytes([("a.npy", a), ("a.npy", b)]))
    write(npz, "truncated", npz_bytes([("a.npy", a)], zipfile.ZIP_DEFLATED)[:-30])
    write(npz, "not_a_zip", b"PK\x03\x04 this is not a zip archive")
    bomb = npy_bytes(np.zeros(4 << 20, dtype=np.float32))
    write(npz, "inflates_1000x", npz_bytes([("a.npy", a), ("bomb.npy", bomb)], zipfile.ZIP_DEFLATED))
    write(npz, "object_member", npz_bytes([("o.npy", npy_header("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }") + b"\x80\x04N.")]))

    analysis = "plugins/analysis/src/test/resources/org/jcanns/analysis/"
    mat = analysis + "mat/MatFuzzTestInputs/mat"
    for compress in (False, True):
        buf = io.BytesIO()
        scipy.io.savemat(buf, {"data": np.arange(12.0).reshape(3, 4), "n": np.int16(3),
                               "cells": np.array([np.arange(3.0), np.arange(2.0)], dtype=object)},
                         do_compression=compress)
        write(mat, "valid_" + ("compressed" if compress else "plain"), buf.getvalue())
        write(mat, "truncated_" + ("compressed" if compress else "plain"), buf.getvalue()[:150])
    write(mat, "not_a_mat", b"MATLAB 7.3 MAT-file" + bytes(200))

    text = analysis + "data/TextArraysFuzzTestInputs/text"
    write(text, "valid", "1 2 3\n4 5 6\n# comment\n\n7 8 9\n")
    write(text, "not_a_number", "1 2 abc\n")
    write(text, "ragged", "1 2 3\n4 5\n")
    write(text, "non_finite", "nan inf -inf\n1e308 1e309 -0\n")
    write(text, "empty", "")

    cli = "cli/src/test/resources/org/jcanns/cli/ArgumentsFuzzTestInputs/arguments"
    cases = {
        "int_overflow": "simulate -m cann1d -p num=99999999999999 --task smooth-tracking-1d",
        "case_duplicate": "simulate -m cann1d -p tau=1 -p TAU=2 --task smooth-tracking-1d",
        "infinite_amplitude": "simulate -m cann1d -p A=Infinity --task smooth-tracking-1d",
        "infinite_duration": "simulate -m cann1d --task smooth-tracking-1d -t duration=1,Infinity",
        "tiny_dt": "simulate -m cann1d --task smooth-tracking-1d --dt 1e-300",
        "huge_sweep": "simulate -m cann1d --task smooth-tracking-1d --sweep tau=1:2:1000000000",
        "huge_batch": "simulate -m cann1d --task smooth-tracking-1d --batch 2000000000",
        "huge_steps": "simulate -m cann1d --task smooth-tracking-1d --steps 2147483647",
        "grid_sweep": "simulate -m cann2d -p length=100000 --sweep tau=1,2 --sweep k=1:2:3 --grid",
        "hopfield": "hopfield --patterns p.npy --predict q.npy --iterations 2000000000 --weights dense",
        "plot": "plot energy-1d --in run.npz --state u --fps -1 --out x.gif",
    }
    for name, line in cases.items():
        write(cli, name, "\n".join(line.split(" ")))


if __name__ == "__main__":
    main()
