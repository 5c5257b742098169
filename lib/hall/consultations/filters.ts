// Client-safe filter labels of the consultation list (used by the GET filter form and the query).

/** "pending" = promised reply not yet given; "due" = of those, due today or earlier. */
export const FOLLOW_UP_FILTERS = { pending: "待答复", due: "已到期未答复", answered: "已答复" } as const;
