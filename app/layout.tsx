import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/site-header";
import { SubscribeForm } from "@/components/subscribe-form";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sparse Digest: trending papers on MoE and model compression", template: "%s · Sparse Digest" },
  description: "Daily trending research on Mixture-of-Experts, quantization, pruning, KV-cache compression, distillation and low-rank methods.",
  openGraph: { siteName: "Sparse Digest", type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 pb-16 pt-6 sm:px-6">
          {children}
          <div className="mt-10">
            <SubscribeForm />
          </div>
        </main>
      </body>
    </html>
  );
}
