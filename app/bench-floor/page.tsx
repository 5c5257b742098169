// The benchmark floor (bench/run.ts): a bare dynamic page rendering a 50-row table of fixed,
// synthetic data, about the size of the person list, with no session and no database access.
// What a real page costs above this is its own work. Inert unless BENCH_FLOOR=1 (never in production).
import Link from "next/link";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

const SURNAMES = ["王", "张", "李", "刘", "孙", "杨", "赵", "陈", "于", "徐"];
const GIVEN = ["建国", "卫东", "志强", "海燕", "明", "丽", "振华", "玉兰", "国庆", "涛"];
const UNITS = ["团岛社区退役军人服务站", "西陵峡路社区退役军人服务站", "瞿塘峡路社区退役军人服务站", "四川路社区退役军人服务站", "贵州路社区退役军人服务站"];

const ROWS = Array.from({ length: 50 }, (_, i) => ({
  id: `cbenchfloor${String(i).padStart(14, "0")}`,
  name: SURNAMES[i % 10] + GIVEN[(i * 7) % 10],
  idMasked: `370202********${String(1000 + i * 37).slice(-4)}`,
  gender: i % 9 === 0 ? "女" : "男",
  birthDate: `19${50 + (i % 45)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  mobile: `13${i % 10}****${String(2000 + i * 53).slice(-4)}`,
  unit: UNITS[i % 5],
}));

// Stands in for the unit filter of the search bar (a district clerk's ~60 towns and villages).
const UNIT_OPTIONS = Array.from({ length: 61 }, (_, i) => ({
  id: `cbenchunit${String(i).padStart(15, "0")}`,
  label: `${i % 12 === 0 ? "" : "　　"}${UNITS[i % 5].replace("退役军人服务站", "")}${i}号退役军人服务站`,
}));

const NAV = ["我的工作台", "人员信息", "新增人员", "组织机构", "用户管理", "工作日历", "审计日志", "账号设置"];

export default function BenchFloorPage() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return (
    <div className="flex min-h-screen">
      <nav aria-label="主导航" className="w-56 shrink-0 border-r border-slate-200 bg-white p-4">
        <ul className="space-y-1 text-sm">
          {NAV.map((n) => (
            <li key={n}>
              <Link href="/bench-floor" prefetch={false} className="block rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">{n}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="flex-1 p-6">
        <h1 className="text-xl font-semibold text-slate-900">人员信息</h1>
        <p className="mt-1 text-sm text-slate-600">本单位及下级单位登记的人员。列表中的身份证号和电话已做脱敏处理。</p>
        <form method="get" action="/bench-floor" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">身份证号</span>
            <input name="id" className="h-9 w-56 rounded-md border border-slate-300 px-3" autoComplete="off" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">姓名</span>
            <input name="name" className="h-9 w-40 rounded-md border border-slate-300 px-3" autoComplete="off" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">所属单位</span>
            <select name="unitId" className="h-9 w-64 rounded-md border border-slate-300 px-2" defaultValue="">
              <option value="">全部（本单位及下级）</option>
              {UNIT_OPTIONS.map((u) => (
                <option key={u.id} value={u.id}>{u.label}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="h-9 rounded-md bg-brand-700 px-4 text-sm font-medium text-white">查询</button>
        </form>
        <div className="mt-4 w-full overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full border-collapse text-left text-sm" data-testid="person-table">
            <caption className="sr-only">人员列表</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {["姓名", "身份证号", "性别", "出生日期", "手机号码", "所属单位", "操作"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2.5 font-semibold whitespace-nowrap">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {ROWS.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50" data-testid="person-row">
                  <td className="px-3 py-2.5 align-top font-medium text-slate-900">{p.name}</td>
                  <td className="px-3 py-2.5 align-top font-mono tabular-nums">{p.idMasked}</td>
                  <td className="px-3 py-2.5 align-top">{p.gender}</td>
                  <td className="px-3 py-2.5 align-top tabular-nums">{p.birthDate}</td>
                  <td className="px-3 py-2.5 align-top font-mono tabular-nums">{p.mobile}</td>
                  <td className="px-3 py-2.5 align-top">{p.unit}</td>
                  <td className="px-3 py-2.5 align-top text-right">
                    <Link href={`/persons/${p.id}`} className="text-brand-700 hover:underline" data-testid="person-open">查看</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </div>
  );
}
