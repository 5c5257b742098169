import { cn } from "./cn";

/** Scrolls sideways inside its own box, so a wide table never widens the page at high zoom. */
export function Table({ className, caption, children, ...props }: React.ComponentProps<"table"> & { caption?: React.ReactNode }) {
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn("bg-slate-100 text-slate-700", className)} {...props} />;
}

export function TBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-200", className)} {...props} />;
}

export function Tr({ className, ...props }: React.ComponentProps<"tr">) {
  return <tr className={cn("hover:bg-slate-50", className)} {...props} />;
}

export function Th({ className, scope = "col", ...props }: React.ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-3 py-2.5 font-semibold whitespace-nowrap", className)} {...props} />;
}

export function Td({ className, ...props }: React.ComponentProps<"td">) {
  return <td className={cn("px-3 py-2.5 align-top", className)} {...props} />;
}
