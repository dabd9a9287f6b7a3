// Customer focus told by who the served are: the people worked with named as the customer, a charity's supporters and
// a transport operator's passengers, issues raised by users, and what customers keep asking found out. The lines are
// our own, written for these tests, each with the near miss that must stay unread.
import { describe, expect, it } from 'vitest';
import { askedInDuty, generic } from './asked-in-duty';

const customer = (line: string) => askedInDuty(line, generic).includes('generic.customer-focus');

describe('the served named in other words', () => {
  it('reads the people worked with named as the customer', () => {
    expect(customer('Spend Mondays with the planners; they are your customers')).toBe(true);
    expect(customer("Join the warehouse stand-up - they're the customer")).toBe(true);
    expect(customer("They're the customer's second contact after sales")).toBe(false);
  });
  it("reads a charity's supporters and donors and a railway's passengers as people served", () => {
    expect(customer('Track donor satisfaction and act on it')).toBe(true);
    expect(customer('Handle passenger complaints about the timetable change')).toBe(true);
    // "support" is no supporter.
    expect(customer('Call support when the till fails')).toBe(false);
  });
  it('reads issues and questions from users in the plural, not from a user-facing thing', () => {
    expect(customer('Answer questions from members about the new booking rules')).toBe(true);
    expect(customer('Triage issues from customers on the forum')).toBe(true);
    expect(customer('Close the issues from the user-facing migration')).toBe(false);
  });
  it('reads what customers keep asking found out, not what a users table holds', () => {
    expect(customer('Find out what our tenants keep asking the call centre')).toBe(true);
    expect(customer('Understand what the users table holds before the migration')).toBe(false);
  });
});
