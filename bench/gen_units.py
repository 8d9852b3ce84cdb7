#!/usr/bin/env python3
"""Writes N valid pollution-source rows of one county (柯城区 330802) as the import CSV:
bench/gen_units.py N [SEED] > units.csv. Every credit code carries correct GB 32100 and
GB 11714 check characters, so the import checks everything and refuses nothing."""
import random
import sys

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(ORG.index(c) * w[i] for i, c in enumerate(body8))
    c9 = 11 - s % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc(region, body8):
    first17 = "91" + region + body8 + org_check(body8)
    s, w = 0, 1
    for c in first17:
        s += USCC.index(c) * w
        w = w * 3 % 31
    return first17 + USCC[(31 - s % 31) % 31]


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    out = sys.stdout
    out.write("统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别,特殊监管对象,排污许可管理类别,生产状态,"
              "地址,行业,联系人,联系电话,经度,纬度\n")
    industries = ["化学原料和化学制品制造业", "造纸和纸制品业", "陶瓷制品制造", "电力、热力生产和供应业"]
    levels = [("重点", "国控"), ("重点", "省控"), ("重点", "市控"), ("重点", "县控"), ("一般", "")]
    permits = ["重点管理", "简化管理", "登记管理"]
    for i in range(n):
        body8 = "%08d" % (10000000 + i)
        cls, lvl = levels[i % len(levels)]
        out.write("%s,衢州示例%06d有限公司,330802,%s,%s,否,%s,在产,柯城区衢化路%d号,%s,张%d,0570-%07d,%.4f,%.4f\n" % (
            uscc("330802", body8), i, cls, lvl, permits[i % 3], i + 1, industries[i % 4], i % 97,
            3000000 + i, 118.8 + rng.random() * 0.1, 28.9 + rng.random() * 0.1))


if __name__ == "__main__":
    main()
