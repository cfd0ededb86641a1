// Five members' finished interviews (all agreed to be introduced) that make two clear intros:
// Ben ↔ Cy (paperless shop-floor checks / wireless coverage) and Di ↔ Eve (veteran hiring); Fay is left over.
import { chatAs } from './members.mjs';

export const fiveInterviews = [
  ['Get shop-floor checks off paper.', 'someone who has already moved shop-floor checks from clipboards to devices', 'I fixed the Wi-Fi dead zones in the warehouse last spring.'],
  ['Roll out tablets for hygiene checks in every site.', 'someone who can sort out wireless coverage in a building full of steel racks', 'I moved our HACCP checks onto iPads at the Leeds plant.'],
  ['Hire more veterans into engineering.', 'someone who has come out of the armed services and knows where veterans look for jobs', 'If the hiring manager is ready, I can get an offer out within a week.'],
  ['Fill two maintenance engineer roles before winter.', 'someone in recruitment who can make us decide faster', "Ex-Royal Navy marine engineer. I still run the veterans' network."],
  ['Know what customers really say about our snacks.', 'someone with their finger on the pulse of everyday consumer chatter', 'I read what people really say day to day on social.'],
];

/** The five non-current users of the mock tenant answer and say yes, each in their own 1:1 chat. */
export async function seedFiveInterviews(stack, tenant) {
  await Promise.all(tenant.users.slice(0, 5).map((user, i) => chatAs(stack, tenant, user, ['hi', ...fiveInterviews[i], 'yes'])));
}
