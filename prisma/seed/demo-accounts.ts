// Demo accounts, one per role at each level (README lists them; start-up prints them).
// The units are picked by code from the seeded tree: 市南区 → its first street → its first community,
// plus the street's second community (which has its own reviewer) and a sibling street for the
// cross-scope checks.
export const DEMO_PASSWORD = "Qd@Demo2026";

export type DemoAccount = {
  username: string;
  displayName: string;
  role: "CLERK" | "REVIEWER" | "ADMIN";
  unit: "city" | "district" | "town" | "village" | "reviewedVillage" | "siblingTown";
  capabilities?: string[];
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "city_admin", displayName: "王建华", role: "ADMIN", unit: "city", capabilities: ["EXPORT_UNMASKED"] },
  { username: "city_reviewer", displayName: "李国强", role: "REVIEWER", unit: "city" },
  { username: "city_clerk", displayName: "张晓梅", role: "CLERK", unit: "city" },
  { username: "district_admin", displayName: "刘志刚", role: "ADMIN", unit: "district" },
  { username: "district_reviewer", displayName: "孙丽娟", role: "REVIEWER", unit: "district", capabilities: ["WINDOW_LEAD"] },
  { username: "district_clerk", displayName: "杨帆", role: "CLERK", unit: "district" },
  // B role of district_clerk's window (§7.7) and the hall's proxy agent (§7.5.2).
  { username: "district_clerk_b", displayName: "高峰", role: "CLERK", unit: "district", capabilities: ["PROXY_AGENT"] },
  { username: "town_admin", displayName: "赵明", role: "ADMIN", unit: "town" },
  { username: "town_reviewer", displayName: "于海燕", role: "REVIEWER", unit: "town" },
  { username: "town_clerk", displayName: "姜涛", role: "CLERK", unit: "town" },
  // The clerk's own community has no reviewer, so its initial review falls to the street
  // (AMB-05); the village reviewer sits in the street's second community.
  { username: "village_reviewer", displayName: "曲卫东", role: "REVIEWER", unit: "reviewedVillage" },
  { username: "village_clerk", displayName: "隋玉兰", role: "CLERK", unit: "village" },
  { username: "sibling_clerk", displayName: "栾晓东", role: "CLERK", unit: "siblingTown" },
];
