# review: machine-drafted
# Hindi — हिन्दी. Machine-drafted: a native Hindi speaker must review this file before it is marked reviewed ("# review: reviewed").
# पढ़ने वाले: स्कैम कंपाउंड में फँसे लोग, अक्सर डरे हुए, फ़ोन शायद बॉस चेक करते हैं।
#   • छोटे वाक्य, रोज़ की बोलचाल के शब्द, एक लाइन में एक बात।
#   • हर मैसेज की पहली लाइन नोटिफ़िकेशन में बेखटके दिखनी चाहिए: उसमें
#     "तस्करी", "बचाव", "भागना", "पुलिस" जैसे शब्द नहीं।
#   • बटन का टेक्स्ट ज़्यादा से ज़्यादा 40 अक्षर।
#   • बचाने का या किसी समय का वादा कभी नहीं।
# कुंजियों (keys) के नियम locales/en.ftl की शुरुआत में हैं।

## भाषा और तुरंत बाहर निकलना (src/i18n, src/safety)

language-name = हिन्दी
# इनमें से कोई भी शब्द अकेले भेजने पर चैट मिट जाती है। कॉमा से अलग करें।
exit-words = बंद करो, एग्जिट

## फ़्लो इंजन (src/flow/engine)

btn-done = हो गया
btn-change = बदलें
selected-mark = ✓
reask-use-buttons = कृपया ऊपर दिए बटनों में से एक दबाएँ।
reask-too-long = यह थोड़ा लंबा है। कृपया { $max } अक्षरों से कम में लिखें।
reask-not-a-number = कृपया सिर्फ़ एक नंबर लिखें, जैसे 5000।
reask-out-of-range = कृपया { $min } से { $max } के बीच का कोई नंबर लिखें।
reask-unsupported = माफ़ कीजिए, इस तरह का मैसेज हम नहीं पढ़ सकते। कृपया बटन दबाएँ या कुछ शब्द लिखें।
reask-stale-button = यह बटन पिछले सवाल का है। कृपया सबसे नए सवाल का जवाब दें।
reask-empty = अभी कोई जवाब नहीं मिला। कम से कम एक चुनें, या कुछ शब्द लिखें।
summary-title = आपके जवाब:
summary-unknown = पक्का नहीं पता
summary-skipped = उत्तर नहीं दिया
summary-pick-change = आप कौन-सा जवाब बदलना चाहते हैं?

## सब जगह काम आने वाले बटन और लाइनें

opt-no = नहीं
opt-dont-know = मुझे नहीं पता
opt-skip = छोड़ें
opt-prefer-not = मुझे नहीं बताना
opt-other-country = कोई दूसरा देश
hint-choose-all = आप एक से ज़्यादा चुन सकते हैं। फिर "हो गया" दबाएँ।

## लिखने वाले व्यक्ति के लिए (src/bot, src/flow/service.ts)

welcome =
    नमस्ते। यह एक प्राइवेट चैट है।
    हम एक छोटी टीम हैं। हम उन लोगों की मदद करते हैं जो अपना काम नहीं छोड़ पा रहे, या उस जगह से नहीं निकल पा रहे जहाँ उन्हें रखा गया है। नीचे आप अपनी भाषा चुन सकते हैं।
    यह चैट मिटाने के लिए सिर्फ़ ये शब्द भेजें: बंद करो
    2 दिन से पुराने मैसेज मिटाने के लिए चैट को खुद डिलीट करें।
language-pick = आप किस भाषा में बात करना चाहते हैं?
help-text =
    नमस्ते। आप ये भेज सकते हैं:
    /new — सवाल फिर से शुरू करें
    /ref — अपना नंबर एक मिनट के लिए देखें
    /language — भाषा बदलें
    /discreet — हर जवाब के बाद सवाल मिटा दें (चालू या बंद)
    /erase — अपने जवाब और यह चैट मिटा दें
    बंद करो — पिछले 2 दिन की चैट मिटा दें
erase-done = हो गया। आपके जवाब मिटा दिए गए हैं। 2 दिन से पुराने मैसेज मिटाने के लिए चैट को खुद डिलीट करें।
discreet-on = ठीक है। अब हर जवाब के बाद वह सवाल और आपका जवाब मिटा दिया जाएगा।
discreet-off = ठीक है। अब सवाल और जवाब इस चैट में रहेंगे। इन्हें फिर से मिटाने के लिए /discreet भेजें।
error-try-again = माफ़ कीजिए, हमारी तरफ़ से कुछ गड़बड़ हो गई। थोड़ी देर बाद फिर से भेजें।
error-delay = माफ़ कीजिए, हमारी तरफ़ से थोड़ी देर हो रही है। आपका मैसेज हमारे पास सुरक्षित है, उसे फिर से भेजने की ज़रूरत नहीं है।
flow-restarted = माफ़ कीजिए, आपके जवाब देते समय हमारे सवाल बदल गए, इसलिए हमें पहले सवाल से फिर शुरू करना होगा। अभी तक हमारी टीम को कुछ नहीं भेजा गया है।
flood-notice = कृपया थोड़ा धीरे। कुछ सेकंड रुकें, फिर आगे लिखें।
case-open-info = धन्यवाद, सब मिल गया। आप कभी भी यहाँ लिख सकते हैं।

## सवाल-जवाब (flows/triage.yaml)

q-safe-now = नमस्ते। क्या अभी आप कुछ मैसेज लिख सकते हैं?
hint-safe-now = आगे तभी बढ़ें जब कोई आपका फ़ोन न देख रहा हो। आप कभी भी रुक सकते हैं।
opt-safe-now-yes = हाँ, अभी लिख सकते हैं
opt-safe-now-not-now = अभी नहीं

end-later =
    ठीक है। जब सही समय हो, बाद में यहाँ कोई भी मैसेज लिखें, हम फिर से शुरू करेंगे।
    यह चैट मिटाने के लिए सिर्फ़ ये शब्द भेजें: बंद करो
    2 दिन से पुराने मैसेज मिटाने के लिए चैट को खुद डिलीट करें।

q-danger = क्या अभी आपके साथ इनमें से कुछ हो रहा है?
opt-danger-hurt-now = कोई अभी मुझे चोट पहुँचा रहा है
opt-danger-injured = मुझे चोट लगी है
opt-danger-doctor = मुझे डॉक्टर चाहिए
opt-danger-self-harm = मन करता है खुद को चोट पहुँचाऊँ
opt-danger-none = इनमें से कुछ नहीं

q-self-harm-note =
    हमें बताने के लिए शुक्रिया।
    आप जो महसूस कर रहे हैं, वह मायने रखता है। आप अकेले नहीं हैं। हमारी टीम का एक असली इंसान सबसे पहले आपके जवाब पढ़ेगा।
    इन सवालों के बाद भी आप हमें कभी भी लिख सकते हैं।

q-country = आप अभी किस देश में हैं?

q-province = किस प्रांत या शहर में?
hint-province = किसी एक को दबाएँ। अगर सूची में नहीं है, तो नाम लिख दें।

q-compound = क्या आपको कंपाउंड या बिल्डिंग का नाम पता है?
hint-compound = किसी एक को दबाएँ, या जो नाम आपने सुना है वह लिखें। कंपनी का नाम भी काम आता है।

q-location = क्या आप अपनी लोकेशन भेज सकते हैं?
hint-location =
    लोकेशन पिन से ठीक-ठीक पता चलता है कि यह फ़ोन कहाँ है।
    इसे तभी भेजें जब कोई आपका फ़ोन न देख रहा हो। अगर पक्का न हो, तो "छोड़ें" दबाएँ।

q-surroundings = आपके आस-पास क्या-क्या दिखता है?
hint-surroundings = जैसे: समुद्र, नदी, कसीनो, कोई बोर्ड, दुकान, ऊँची इमारतें, आप कौन-सी मंज़िल पर हैं। सुने हुए नाम भी काम आते हैं। या "छोड़ें" दबाएँ।

q-situation = अभी आपके लिए इनमें से क्या सही है?
hint-more-details = धन्यवाद। और जानकारी काम आती है, पर आप कभी भी रुक सकते हैं।
opt-situation-inside = मैं कंपाउंड के अंदर हूँ
opt-situation-escaped = मैं अब वहाँ से बाहर हूँ
opt-situation-moved = मुझे दूसरी जगह ले जाया गया
opt-situation-other = कुछ और

q-passport = आपका पासपोर्ट कहाँ है?
opt-passport-with-me = मेरे पास है
opt-passport-taken = कंपनी या बॉस ने ले लिया
opt-passport-lost = खो गया है

q-phone = यह फ़ोन किसका है?
opt-phone-own = मेरा अपना फ़ोन
opt-phone-company = कंपनी ने दिया है

q-restraint = अगर आप चाहें, तो क्या वहाँ से जा सकते हैं?
opt-restraint-free = हाँ, जाने की छूट है
opt-restraint-guarded = नहीं, वहाँ गार्ड हैं
opt-restraint-locked-in = नहीं, मुझे बंद करके रखा है
opt-restraint-tied = मुझे बाँधकर या ज़ंजीर से रखा है

q-violence = क्या वहाँ आपके साथ इनमें से कुछ हुआ है?
opt-violence-beaten = मारा-पीटा या लात मारी
opt-violence-shocks = बिजली के झटके दिए
opt-violence-threats = मुझे या परिवार को धमकी
opt-violence-sold = कहते हैं मुझे बेच देंगे
opt-violence-sexual = यौन शोषण या ज़बरदस्ती सेक्स
opt-violence-food-sleep = खाना नहीं दिया, सोने नहीं दिया
opt-violence-long-hours = बहुत ज़्यादा घंटे काम करवाया
opt-violence-unpaid = सैलरी नहीं दी
opt-violence-false-job = काम वैसा नहीं था जैसा वादा किया था
opt-violence-none = इनमें से कुछ नहीं

q-money = क्या वे आपको छोड़ने के लिए पैसे माँग रहे हैं?
opt-money-ransom = हाँ, छोड़ने के बदले पैसे
opt-money-debt = हाँ, कहते हैं मुझ पर "कर्ज़" है

q-amount = वे कितने पैसे माँग रहे हैं, अमेरिकी डॉलर में?
hint-amount = सिर्फ़ नंबर लिखें, जैसे 8000। अंदाज़े से बताना भी ठीक है।

q-nationality = आप किस देश के नागरिक हैं?

q-minor = क्या आपकी उम्र 18 साल से कम है?
opt-minor-yes = हाँ, 18 से कम है
opt-minor-no = नहीं, 18 या उससे ज़्यादा

q-others = आपके साथ आपकी जैसी हालत में और कितने लोग हैं?
hint-others = अंदाज़े से बताना ठीक है। अगर आप अकेले हैं तो 0 लिखें।

q-contact = हम आपको किस समय लिखें, ताकि आपके लिए सुरक्षित रहे?
opt-contact-i-write-first = जब मैं पहले लिखूँ, तभी
opt-contact-hours = सिर्फ़ कुछ खास समय पर
opt-contact-any-time = किसी भी समय

q-hours = आमतौर पर कौन-सा समय सुरक्षित रहता है?
hint-hours = आपके यहाँ का समय। आप एक से ज़्यादा चुन सकते हैं। फिर "हो गया" दबाएँ।
opt-hours-early = सुबह जल्दी (5–8 बजे)
opt-hours-morning = सुबह (8–12 बजे)
opt-hours-midday = दोपहर (12–2 बजे)
opt-hours-evening = शाम (6–10 बजे)
opt-hours-late-night = देर रात (10–3 बजे)
opt-hours-daytime = दिन में (8–18)
opt-hours-night = रात में (20–6)

q-consent = हम आपके जवाब किसे बता सकते हैं?
hint-consent = ये वे लोग हैं जो वहाँ से निकलने और घर लौटने में आपकी मदद कर सकते हैं। हम उन्हें सिर्फ़ उतना बताते हैं जितना ज़रूरी है। आप बाद में अपना फ़ैसला बदल सकते हैं।
opt-consent-embassy-ngo = मेरी एम्बेसी और मदद संस्था
opt-consent-ngo-only = सिर्फ़ मदद संस्था (NGO)
opt-consent-embassy-only = सिर्फ़ मेरी एम्बेसी
opt-consent-hotline-only = किसी को नहीं, सिर्फ़ आप

q-notes = क्या आप हमें कुछ और बताना चाहते हैं?

q-summary = कृपया अपने जवाब एक बार देख लें।
opt-summary-send = हाँ, भेज दें
opt-summary-change = कोई जवाब बदलें

end-sent = धन्यवाद, सब मिल गया।

## आपका नंबर (end-sent के बाद बॉट भेजता है)

case-reference = आपका नंबर: { $ref }। अगर आप हमें फिर से लिखें, तो यह नंबर बता सकते हैं।

## जवाबों के छोटे नाम (सारांश, बदलने के बटन, कार्ड)

field-safe-now = बात करना ठीक है
field-danger = अभी ख़तरा
field-country = देश
field-province = प्रांत या शहर
field-compound = कंपाउंड या बिल्डिंग
field-location = लोकेशन पिन
field-surroundings = आस-पास क्या है
field-situation = अभी आप कहाँ हैं
field-passport = पासपोर्ट
field-phone = फ़ोन
field-restraint = जाने की छूट
field-violence = मार-पीट और धमकी
field-ransom = माँगे गए पैसे
field-ransom-amount = रकम
field-nationality = नागरिकता
field-minor = 18 से कम उम्र
field-others-count = साथ में और लोग
field-contact-window = कब लिखें
field-contact-hours = सुरक्षित समय
field-consent = किसे बता सकते हैं
field-notes = और कुछ

## desk
# कोऑर्डिनेटर डेस्क (src/desk, src/triage/render.ts)। कोऑर्डिनेटरों के ग्रुप में
# COORDINATOR_LOCALE में दिखता है, सिवाय desk-relay-prefix, desk-person-ack और
# desk-person-text-only के — इन्हें खुद वह व्यक्ति पढ़ता है।

desk-tier-critical = अति गंभीर
desk-tier-high = उच्च
desk-tier-normal = सामान्य
desk-card-ref = केस { $ref }
desk-card-possible-repeat = ⚠️ संभावित दोहराव: इस केस का पहले का कार्ड ऊपर हो सकता है; सबसे नया इस्तेमाल करें।
desk-card-language = भाषा: { $lang }
desk-age-now = अभी-अभी
desk-age-minutes = { $n } मिनट पहले
desk-age-hours = { $n } घंटे पहले
desk-age-days = { $n } दिन पहले
desk-status-open = खुला · अभी किसी ने नहीं लिया
desk-status-claimed = { $name } ने लिया है
desk-status-resolved = बंद: { $outcome }
desk-status-withdrawn = व्यक्ति ने वापस ले लिया
desk-card-withdrawn = व्यक्ति ने केस { $ref } वापस ले लिया। उनके जवाब मिटा दिए गए हैं।
desk-escalated = एस्केलेट किया गया: { $reason }
desk-outcome-rescued = बचा लिया गया
desk-outcome-referred-embassy = दूतावास को भेजा गया
desk-outcome-referred-ngo = NGO को भेजा गया
desk-outcome-referred-police = पुलिस को भेजा गया
desk-outcome-unreachable = संपर्क नहीं हो पाया
desk-outcome-duplicate = डुप्लिकेट
desk-outcome-withdrawn = व्यक्ति ने वापस लिया
desk-escalate-worse-now = हालत अब और खराब
desk-escalate-minor-confirmed = नाबालिग होने की पुष्टि
desk-escalate-medical = इलाज की ज़रूरत
desk-escalate-moved-sold = दूसरी जगह भेजा या बेचा गया
desk-escalate-other = कोई और वजह
desk-unknown = पता नहीं
desk-none = कोई नहीं
desk-field-where = कहाँ
desk-field-pin = पिन
desk-osm-link = नक्शा
desk-nearest = सबसे पास का जाना-पहचाना कंपाउंड: { $name } ({ $km } किमी)
desk-compound-reports = इस कंपाउंड से { $days } दिनों में रिपोर्ट नंबर { $n }
desk-dashboard-link = डैशबोर्ड साइन-इन लिंक: एक बार, { $minutes } मिनट तक मान्य। इसे आगे न भेजें।
desk-dashboard-sent = साइन-इन लिंक आपको निजी तौर पर भेजा गया।
desk-dashboard-no-private = पहले बॉट के साथ निजी चैट खोलें, फिर /dashboard दोबारा भेजें।
desk-field-surroundings = आस-पास
desk-field-situation = स्थिति
desk-field-danger = अभी ख़तरा
desk-field-passport = पासपोर्ट
desk-field-phone = फ़ोन
desk-field-restraint = जा सकते हैं?
desk-field-violence = हिंसा
desk-field-ransom = माँगे गए पैसे
desk-amount-usd = { $amount } अमेरिकी डॉलर
desk-field-nationality = नागरिकता
desk-field-minor = 18 से कम
desk-field-others = साथ में और लोग
desk-field-indicators = जबरन मज़दूरी के संकेत
desk-field-contact = सुरक्षित संपर्क
desk-field-consent = जानकारी देने की सहमति
desk-field-notes = नोट्स
desk-field-other-answers = बाकी जवाब
flag-minor = नाबालिग
flag-injured = घायल
flag-needs-medical = डॉक्टर चाहिए
flag-in-danger-now = अभी ख़तरे में
flag-self-harm-risk = खुद को नुकसान का खतरा
flag-physically-restrained = बाँधा गया या ज़ंजीर में
flag-locked-in = बंद करके रखा गया
flag-guarded = पहरे में
flag-passport-retained = पासपोर्ट ले लिया गया
flag-electric-shocks = बिजली के झटके
flag-beaten = मार-पीट
flag-sexual-abuse = यौन शोषण
flag-threatened = धमकी
flag-threat-of-sale = बेचने की धमकी
flag-ransom-demanded = फिरौती माँगी
flag-debt-demanded = "कर्ज़" की माँग
flag-food-sleep-withheld = खाना या सोना रोका गया
indicator-abuse-of-vulnerability = मजबूरी का फ़ायदा उठाना
indicator-restriction-of-movement = आने-जाने पर रोक
indicator-isolation = अलग-थलग रखना
indicator-physical-and-sexual-violence = शारीरिक और यौन हिंसा
indicator-intimidation-and-threats = डराना-धमकाना
indicator-retention-of-identity-documents = पहचान के दस्तावेज़ रख लेना
indicator-withholding-of-wages = मज़दूरी रोकना
indicator-debt-bondage = कर्ज़ के बदले बंधुआ मज़दूरी
indicator-abusive-working-and-living-conditions = काम और रहने की बहुत बुरी हालत
indicator-excessive-overtime = हद से ज़्यादा ओवरटाइम
desk-btn-claim = ✋ केस लें
desk-btn-release = ↩️ छोड़ें
desk-btn-escalate = ⬆️ एस्केलेट करें
desk-btn-resolve = ✅ बंद करें
desk-btn-back = ← वापस
desk-ans-claimed = ले लिया। अब यह केस आपका है।
desk-ans-released = छोड़ दिया।
desk-ans-escalated = एस्केलेट कर दिया।
desk-ans-resolved = बंद कर दिया।
desk-refused-not-allowed = यह सिर्फ़ अनुमति-सूची वाले कोऑर्डिनेटर कर सकते हैं।
desk-refused-expired = इस बटन का समय खत्म हो गया। कार्ड रीफ़्रेश कर दिया गया है।
desk-refused-stale = यह कार्ड पुराना है। इसे रीफ़्रेश कर दिया गया है, कृपया फिर से देखें।
desk-refused-illegal = केस की अभी की स्थिति में यह नहीं हो सकता।
desk-refused-not-owner = यह सिर्फ़ वही कोऑर्डिनेटर कर सकता है जिसने यह केस लिया है।
desk-refused-not-found = यह केस अब मौजूद नहीं है।
desk-queue-title = खुले केस ({ $count }), सबसे ज़रूरी पहले:
desk-queue-empty = कोई खुला केस नहीं है।
desk-list-more = … और भी केस खुले हैं; उन्हें देखने के लिए कुछ केस लें या बंद करें।
desk-mine-title = आपके लिए हुए केस ({ $count }):
desk-mine-empty = आपके पास कोई लिया हुआ केस नहीं है।
desk-case-usage = इस्तेमाल: /case नंबर (जैसे /case ABCD-1234)
desk-case-unknown = केस { $ref } नहीं मिला।
desk-reply-usage = इस्तेमाल: /reply नंबर आपका मैसेज — या केस कार्ड पर रिप्लाई करें।
desk-relay-delivered = केस { $ref } के व्यक्ति तक पहुँच गया।
desk-relay-held = रोका गया: अभी व्यक्ति का सुरक्षित समय नहीं है। वह समय शुरू होते ही भेज दिया जाएगा।
desk-relay-not-claimed = पहले केस { $ref } लें, फिर व्यक्ति को लिखें।
desk-relay-not-owner = केस { $ref } के व्यक्ति को सिर्फ़ वही कोऑर्डिनेटर लिख सकता है जिसने यह केस लिया है।
desk-relay-text-only = व्यक्ति तक सिर्फ़ टेक्स्ट भेजा जा सकता है। कृपया इसे मैसेज में लिखें।
desk-relay-blocked = नहीं पहुँचा: केस { $ref } के व्यक्ति ने यह चैट ब्लॉक कर दी है या अपना अकाउंट डिलीट कर दिया है।
desk-held-delivered = रुके हुए { $count } मैसेज केस { $ref } के व्यक्ति तक पहुँचा दिए गए।
desk-held-dropped-refused = केस { $ref } के व्यक्ति के लिए रुके { $count } मैसेज हटा दिए गए: Telegram ने उन्हें अस्वीकार किया। कृपया उन्हें फिर से लिखें।
desk-relay-partial = आपका पूरा मैसेज केस { $ref } के व्यक्ति तक नहीं पहुँचा: { $total } में से { $sent } हिस्से गए, फिर Telegram ने अस्वीकार कर दिया। कृपया बाकी हिस्सा फिर से भेजें।
desk-held-dropped-blocked = केस { $ref } के व्यक्ति के लिए रुके हुए { $count } मैसेज हटा दिए गए: उन्होंने यह चैट ब्लॉक कर दी है या अपना अकाउंट डिलीट कर दिया है।
desk-from-person = { $ref } · व्यक्ति [{ $lang }]:
desk-still-unclaimed = ⏰ अब तक किसी ने नहीं लिया: { $ref } (अति गंभीर, { $age } आया)
desk-digest-title = 📋 एक साथ कई नए केस। हर केस की एक लाइन, जब तक उसका अपना कार्ड न आए; कार्ड अभी देखने के लिए केस पर टैप करें।
desk-digest-card-below = कार्ड नीचे
desk-digest-ans-posted = इसका कार्ड नीचे भेज दिया गया है।
desk-digest-ans-below = इसका कार्ड पहले से चैट में है।
desk-digest-ans-coming = इसका कार्ड भेजा जा रहा है।
desk-person-exited = केस { $ref }: व्यक्ति ने क्विक एग्ज़िट इस्तेमाल किया और उनकी चैट साफ़ कर दी गई। हो सकता है कोई उनका फ़ोन देख रहा हो। उनके लिए मैसेज तब तक रुके रहेंगे जब तक वे फिर से न लिखें।
desk-relay-prefix = टीम की ओर से मैसेज:
desk-person-ack = धन्यवाद, सब मिल गया।
desk-person-text-only = कृपया अपना मैसेज लिखकर भेजें।

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = धोखा
desk-contact-waits = जवाब तब तक रुकेंगे जब तक वे लिखें
desk-contact-open-now = अभी खुला
desk-contact-opens-minutes = { $n } मिनट में खुलेगा
desk-contact-opens-hours = { $n } घंटे में खुलेगा
desk-contact-their-time = { $hours } उनका समय ({ $zone })
desk-contact-your-time = { $hours } आपका समय ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, आपके जैसा ही)
desk-refused-taken = { $name } यह मामला पहले ही ले चुके हैं।
