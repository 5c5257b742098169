import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "青岛市退役军人政务服务管理系统", template: "%s - 青岛市退役军人政务服务管理系统" },
  description: "青岛市退役军人政务服务管理系统",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
