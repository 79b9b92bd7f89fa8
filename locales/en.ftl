# review: maintainer-written
# English texts of Beacon (Fluent syntax: https://projectfluent.org).
# Who reads these: people held in scam compounds, often afraid, often on a
# phone the bosses may check, often reading English as a second language.
#   • Short sentences, everyday words, one idea per line.
#   • The FIRST line of every message must be harmless in a notification
#     preview: never "trafficking", "rescue", "escape", "police" there.
#   • Button texts: 40 characters at most.
#   • Never promise a rescue or a time.
# Keys: q-<node> question, hint-<node> extra line, opt-<node>-<option> button,
# end-<node> closing text; flows/triage.yaml says which node uses which.

## Language and quick exit (src/i18n, src/safety)

language-name = English
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = exit, stop

## Flow engine (src/flow/engine)

btn-done = Done
btn-change = Change
selected-mark = ✓
reask-use-buttons = Please tap one of the buttons above.
reask-too-long = That is a bit long. Please keep it under { $max } characters.
reask-not-a-number = Please write only a number, for example 5000.
reask-out-of-range = Please write a number from { $min } to { $max }.
reask-unsupported = Sorry, I cannot read this kind of message. Please use the buttons or write a few words.
reask-stale-button = That button belongs to an earlier question. Please answer the newest one.
reask-empty = No answer yet. Please choose at least one, or write a few words.
summary-title = Your answers:
summary-unknown = not sure
summary-skipped = not answered
summary-pick-change = Which answer do you want to change?

## Shared buttons and lines

opt-no = No
opt-dont-know = I don't know
opt-skip = Skip
opt-prefer-not = I prefer not to say
opt-other-country = Another country
hint-choose-all = You can choose more than one. Then tap Done.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Hello. This is a private chat.
    We are a small team that helps people who cannot leave their job or the place where they are kept. You can choose your language below.
    To clear this chat, send just the word: exit
    To remove messages older than 2 days, delete the chat yourself.
language-pick = Which language do you want to use?
help-text =
    Hello. Here is what you can send:
    /new — start the questions again
    /ref — show your reference number for one minute
    /language — change the language
    /discreet — delete each question after you answer (on or off)
    /erase — delete your answers and this chat
    exit — clear this chat (the last 2 days)
erase-done = Done. Your answers are erased. To remove messages older than 2 days, delete the chat yourself.
discreet-on = Okay. Each question and your answer will be deleted after you answer.
discreet-off = Okay. Questions and answers will now stay in this chat. Send /discreet to delete them again.
error-try-again = Sorry, something went wrong on our side. Please send that again in a moment.
error-delay = Sorry, we have a short delay on our side. Your message is safe with us: there is no need to send it again.
flow-restarted = Sorry, our questions were updated while you were answering, so we need to start again from the first one. Nothing was sent to our team yet.
flood-notice = Please slow down a little. Wait a few seconds, then go on.
case-open-info = Thank you, all received. You can write here at any time.

## Triage flow (flows/triage.yaml)

q-safe-now = Hello. Is it OK for you to write a few messages now?
hint-safe-now = Only go on if nobody can see your phone. You can stop at any time.
opt-safe-now-yes = Yes, I can write now
opt-safe-now-not-now = Not now

end-later =
    Okay. Write any message here later, when it is a good time, and we will start again.
    To clear this chat, send just the word: exit
    To remove messages older than 2 days, delete the chat yourself.

q-danger = Is any of this true for you right now?
opt-danger-hurt-now = Someone is hurting me now
opt-danger-injured = I am injured
opt-danger-doctor = I need a doctor
opt-danger-self-harm = I think about hurting myself
opt-danger-none = None of these

q-self-harm-note =
    Thank you for telling us.
    What you feel matters, and you are not alone. A real person on our team will read your answers first.
    You can write to us at any time, also after these questions.

q-country = Which country are you in now?

q-province = Which province or city?
hint-province = Tap one. If it is not in the list, write the name.

q-compound = Do you know the name of the compound or building?
hint-compound = Tap one, or write the name you have heard. A company name helps too.

q-location = Can you send your location?
hint-location =
    A location pin shows exactly where this phone is.
    Only send it if nobody can see your phone. If you are not sure, tap Skip.

q-surroundings = What can you see around you?
hint-surroundings = For example: the sea, a river, a casino, a sign, a shop, tall buildings, which floor you are on. Names you have heard help too. Or tap Skip.

q-situation = Which of these is true for you now?
hint-more-details = Thank you. More details are useful, but you can stop at any time.
opt-situation-inside = I am inside the compound
opt-situation-escaped = I got out
opt-situation-moved = I was moved to another place
opt-situation-other = Something else

q-passport = Where is your passport?
opt-passport-with-me = I have it
opt-passport-taken = The company or a boss took it
opt-passport-lost = It is lost

q-phone = Whose phone is this?
opt-phone-own = My own phone
opt-phone-company = The company gave it to me

q-restraint = Can you leave the place if you want to?
opt-restraint-free = Yes, I can leave
opt-restraint-guarded = No, there are guards
opt-restraint-locked-in = No, I am locked in
opt-restraint-tied = I am tied up or chained

q-violence = Has any of this happened to you there?
opt-violence-beaten = Beaten or kicked
opt-violence-shocks = Electric shocks
opt-violence-threats = Threats to me or my family
opt-violence-sold = They say they will sell me
opt-violence-sexual = Sexual abuse or forced sex
opt-violence-food-sleep = No food or no sleep allowed
opt-violence-long-hours = Made to work very long hours
opt-violence-unpaid = Not paid
opt-violence-false-job = The job was not what they promised
opt-violence-none = None of these

q-money = Do they want money before you can leave?
opt-money-ransom = Yes, money to let me go
opt-money-debt = Yes, a "debt" they say I owe

q-amount = How much do they want, in US dollars?
hint-amount = Write only the number, for example 8000. A rough amount is fine.

q-nationality = What is your nationality?

q-minor = Are you under 18 years old?
opt-minor-yes = Yes, I am under 18
opt-minor-no = No, I am 18 or older

q-others = How many other people are with you in the same situation?
hint-others = A rough number is fine. Write 0 if you are alone.

q-contact = When is it safe for us to write to you?
opt-contact-i-write-first = Only after I write first
opt-contact-hours = Only at certain times
opt-contact-any-time = Any time

q-hours = Which times are usually safe?
hint-hours = Your local time. You can choose more than one. Then tap Done.
opt-hours-early = Early morning (5–8)
opt-hours-morning = Morning (8–12)
opt-hours-midday = Midday (12–14)
opt-hours-evening = Evening (18–22)
opt-hours-late-night = Late night (22–3)
opt-hours-daytime = Daytime (8–18)
opt-hours-night = Night (20–6)

q-consent = Who may we share your answers with?
hint-consent = These are people who can help you get out and go home. We only share what they need. You can change your mind later.
opt-consent-embassy-ngo = My embassy and a help group
opt-consent-ngo-only = Only a help group (NGO)
opt-consent-embassy-only = Only my embassy
opt-consent-hotline-only = Nobody else, only you

q-notes = Is there anything else you want us to know?

q-summary = Please check your answers.
opt-summary-send = Yes, send it
opt-summary-change = Change an answer

end-sent = Thank you, all received.

## Case reference (sent by the bot after end-sent)

case-reference = Your reference: { $ref }. If you write to us again, you can give us this.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Safe to talk
field-danger = Danger now
field-country = Country
field-province = Province or city
field-compound = Compound or building
field-location = Location pin
field-surroundings = Surroundings
field-situation = Where you are now
field-passport = Passport
field-phone = Phone
field-restraint = Free to leave
field-violence = Violence and threats
field-ransom = Money demanded
field-ransom-amount = Amount
field-nationality = Nationality
field-minor = Under 18
field-others-count = Others with you
field-contact-window = When to contact you
field-contact-hours = Safe hours
field-consent = Who may know
field-notes = Anything else

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = CRITICAL
desk-tier-high = HIGH
desk-tier-normal = NORMAL
desk-card-ref = Case { $ref }
desk-card-possible-repeat = ⚠️ Possible repeat: an earlier card for this case may be above; use the newest.
desk-card-language = language: { $lang }
desk-age-now = just now
desk-age-minutes = { $n } min ago
desk-age-hours = { $n } h ago
desk-age-days = { $n } days ago
desk-status-open = Open · not claimed yet
desk-status-claimed = Claimed by { $name }
desk-status-resolved = Resolved: { $outcome }
desk-status-withdrawn = Withdrawn by the person
desk-card-withdrawn = Case { $ref } was withdrawn by the person. Their answers have been erased.
desk-escalated = Escalated: { $reason }
desk-outcome-rescued = Rescued
desk-outcome-referred-embassy = Referred to embassy
desk-outcome-referred-ngo = Referred to NGO
desk-outcome-referred-police = Referred to police
desk-outcome-unreachable = Unreachable
desk-outcome-duplicate = Duplicate
desk-outcome-withdrawn = Person withdrew
desk-escalate-worse-now = Worse now
desk-escalate-minor-confirmed = Minor confirmed
desk-escalate-medical = Medical need
desk-escalate-moved-sold = Moved or sold
desk-escalate-other = Other reason
desk-unknown = unknown
desk-none = none
desk-field-where = Where
desk-field-pin = Pin
desk-osm-link = map
desk-nearest = nearest known compound: { $name } ({ $km } km)
desk-compound-reports = Report no. { $n } from this compound in { $days } days
desk-dashboard-link = Dashboard sign-in link: one use, valid { $minutes } min. Do not forward it.
desk-dashboard-sent = Sign-in link sent to you privately.
desk-dashboard-no-private = Open a private chat with the bot first, then send /dashboard again.
desk-field-surroundings = Surroundings
desk-field-situation = Situation
desk-field-danger = Danger now
desk-field-passport = Passport
desk-field-phone = Phone
desk-field-restraint = Can leave
desk-field-violence = Violence
desk-field-ransom = Money demanded
desk-amount-usd = { $amount } USD
desk-field-nationality = Nationality
desk-field-minor = Under 18
desk-field-others = Others with them
desk-field-indicators = Forced-labour indicators
desk-field-contact = Safe contact
desk-field-consent = Consent to share
desk-field-notes = Notes
desk-field-other-answers = Other answers
flag-minor = minor
flag-injured = injured
flag-needs-medical = needs a doctor
flag-in-danger-now = in danger now
flag-self-harm-risk = self-harm risk
flag-physically-restrained = tied or chained
flag-locked-in = locked in
flag-guarded = guarded
flag-passport-retained = passport taken
flag-electric-shocks = electric shocks
flag-beaten = beaten
flag-sexual-abuse = sexual abuse
flag-threatened = threatened
flag-threat-of-sale = threat of sale
flag-ransom-demanded = ransom demanded
flag-debt-demanded = debt demanded
flag-food-sleep-withheld = food or sleep withheld
indicator-abuse-of-vulnerability = abuse of vulnerability
indicator-restriction-of-movement = restriction of movement
indicator-isolation = isolation
indicator-physical-and-sexual-violence = physical and sexual violence
indicator-intimidation-and-threats = intimidation and threats
indicator-retention-of-identity-documents = retention of identity documents
indicator-withholding-of-wages = withholding of wages
indicator-debt-bondage = debt bondage
indicator-abusive-working-and-living-conditions = abusive working and living conditions
indicator-excessive-overtime = excessive overtime
desk-btn-claim = ✋ Claim
desk-btn-release = ↩️ Release
desk-btn-escalate = ⬆️ Escalate
desk-btn-resolve = ✅ Resolve
desk-btn-back = ← Back
desk-ans-claimed = Claimed. It is yours now.
desk-ans-released = Released.
desk-ans-escalated = Escalated.
desk-ans-resolved = Resolved.
desk-refused-not-allowed = Only coordinators on the allowlist can do this.
desk-refused-expired = This button has expired. The card was refreshed.
desk-refused-stale = This card is out of date. It was refreshed; please look again.
desk-refused-illegal = That is not possible in the case's current state.
desk-refused-not-owner = Only the coordinator who claimed this case can do that.
desk-refused-not-found = This case no longer exists.
desk-queue-title = Open cases ({ $count }), most urgent first:
desk-queue-empty = No open cases.
desk-list-more = … more cases are open; claim or resolve some to see them.
desk-mine-title = Your claimed cases ({ $count }):
desk-mine-empty = You have no claimed cases.
desk-case-usage = Usage: /case REF (for example /case ABCD-1234)
desk-case-unknown = No case { $ref }.
desk-reply-usage = Usage: /reply REF your message — or reply to the case card.
desk-relay-delivered = Delivered to the person of case { $ref }.
desk-relay-held = Held: the person's safe-contact window is closed. It goes out when it opens.
desk-relay-not-claimed = Claim case { $ref } first, then write to the person.
desk-relay-not-owner = Only the coordinator who claimed case { $ref } can write to the person.
desk-relay-text-only = Only text can be passed to the person. Please write it as a message.
desk-relay-blocked = Not delivered: the person of case { $ref } has blocked this chat or deleted their account.
desk-held-delivered = { $count } held message(s) delivered to the person of case { $ref }.
desk-held-dropped-refused = { $count } held message(s) for the person of case { $ref } were dropped: Telegram refused them. Please write them again.
desk-relay-partial = Not all of your message reached the person of case { $ref }: { $sent } of { $total } part(s) went out, then Telegram refused it. Please send the rest again.
desk-held-dropped-blocked = { $count } held message(s) for the person of case { $ref } were dropped: they have blocked this chat or deleted their account.
desk-from-person = { $ref } · person [{ $lang }]:
desk-still-unclaimed = ⏰ Still unclaimed: { $ref } (critical, filed { $age })
desk-digest-title = 📋 Many new cases at once. One line per case until its own card follows; tap a case to post its card now.
desk-digest-card-below = card below
desk-digest-ans-posted = Its card is posted below.
desk-digest-ans-below = Its card is already in the chat.
desk-digest-ans-coming = Its card is being posted.
desk-person-exited = Case { $ref }: the person used quick exit and their chat was cleared. Someone may be watching their phone. Messages to them wait until they write again.
desk-relay-prefix = Message from the team:
desk-person-ack = Thank you, all received.
desk-person-text-only = Please write your message as text.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = deception
desk-contact-waits = replies wait until they write
desk-contact-open-now = open now
desk-contact-opens-minutes = opens in { $n } min
desk-contact-opens-hours = opens in { $n } h
desk-contact-their-time = { $hours } their time ({ $zone })
desk-contact-your-time = { $hours } your time ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, same as yours)
desk-refused-taken = { $name } already took this case.
