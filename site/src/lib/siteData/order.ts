import { PARTNER_TIERS, type Partner, type Program } from '@arkivi/content-schemas'
import type { Item } from './types.ts'

/** Oldest first by the item's own date; the identifier breaks ties so every build agrees. */
const byDate = (a: Item, b: Item) => a.date.value.localeCompare(b.date.value) || a.identifier.localeCompare(b.identifier)

/** The archive's three orders: by the items' dates either way, and newest addition first. */
export function itemOrders(items: Item[]): { itemsByOldest: Item[]; itemsByNewest: Item[]; itemsByAdded: Item[] } {
  return {
    itemsByOldest: [...items].sort(byDate),
    itemsByNewest: [...items].sort((a, b) => byDate(b, a)),
    itemsByAdded: [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.identifier.localeCompare(b.identifier)),
  }
}

/** Organization programmes first, then projects; each in the order they were created. */
export function programOrder(programs: Program[]): Program[] {
  return [...programs].sort((a, b) => Number(a.kind === 'project') - Number(b.kind === 'project') || a.createdAt.localeCompare(b.createdAt))
}

/** By tier (donors first, as PARTNER_TIERS lists them), then the editors' sort order, then name. */
export function partnerOrder(partners: Partner[]): Partner[] {
  const tierOrder = PARTNER_TIERS.map((tier) => tier.value as string)
  return [...partners].sort((a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) || (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name))
}

/** Municipalities and subjects are listed by slug, the same in every language. */
export function slugOrder<T extends { slug: string }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => a.slug.localeCompare(b.slug))
}
