# rejection.lex: default lexicon for the "rejection" theme of github.com/essaylab/themes.
#
# Social exclusion and its pain as people write about it: being shut out, turned away, ignored,
# ghosted, snubbed, dismissed, refused, left off the invitation list; doors that close.
# Weights: 0.5 weak or ambiguous, 1 ordinary (default), 1.5-2 strong and explicit.
#
# Phrases with a negator inside ("wasn't invited", "never heard back", "nobody wants me") are
# deliberate: the negative carries the theme, and the matcher does not negate inside a phrase.
#
# Stem notes (Snowball English): stem(rebuffed)=rebuf but stem(rebuff)=rebuff, so rebuff* is a
# wildcard; stem(outsider)=outsid also matches "outside", so outsider(s) are exact words;
# stem(unfriended)=unfriend also matches "unfriendly", so the unfriend forms are exact;
# stem(ignored)=ignor also matches "ignorant"/"ignorance", so ignor* appears only in phrases
# and the bare forms are exact words; stem(alienated)=alien, so alienat* is used in a phrase;
# stem(felt)=felt, stem(heard)=heard, stem(forgot)=forgot: these past forms are written out.
#
# Decisions: "ghost town" is NOT rejection (no bare ghost entry exists, so nothing to exclude;
# it is a weak cue under anomie). "turned down" and "left out" count, with exclusions for the
# volume/heat and the omitted-detail senses. Job and college rejection letters count: the
# construct is being refused by others, and essays treat them that way.
#
# Everyday phrasing (2026.11 sprint): most entries below are the words people use without the
# textbook term: "stopped saving me a seat", "talked right over me", "hung up on me", "we've decided
# to move forward with other candidates", "went quiet when I walked in". Gaps (..) stand for up to
# three words. Negated forms are written WITH their negator where the negative carries the theme
# ("n't .. invit~ me", "never wrote back", "not a single reply"). Stems are written on the base form
# (save~, wave~, close~, erase~, choose~, lose~): stem("sav") is not stem("saving"). Weak cues
# (=0.3-0.5) only lean: "without me", "but me", "secondhand", "make room", "welcome mat".
# The writer's own refusals are excluded ("I turned down", "I stopped inviting", "rejected my own").
#
# Round 2 (2026.11 sprint, generalising): each facet ends with a "round 2 (generalised)" block of
# everyday forms written as patterns, not sentences: learning about it afterwards ("only found out",
# "heard about it from", "from the photos"), names and faces left off ("my name .. off the", "look~
# for my name", "no mention of me"), polite gatekeeping ("go~ in a different direction", "position ..
# filled", "been let go"), talk that dies when I arrive ("go~ quiet the minute", "conversation die~",
# "goes quiet .." written out because stem(goes)=goe), unanswered contact ("nobody reply~", "quit ..
# return~ my"; note stem(repl)=repl never meets "replied": write reply~), British idioms ("blanked
# me", "sent to coventry", "surplus to requirements"). Bare "rejected"/"reject~" were lowered (1 and
# 0.7) in favour of "rejected me/by/from", "i was rejected", with exclusions for machines, samples,
# batches and the body rejecting an implant; hypotheticals ("i'd feel left out", "i'd get ghosted")
# are excluded. "no one would notice/miss me/care" lowered to 0.5-0.7: they are isolation's cues.
# Phrases cannot cross quotation marks, so quoted euphemisms ('let go', 'full') stay unmatched.
#
# Round 3 (new writers: global English, tradesmen and farmers, letters and diaries): each facet ends
# with a "round 3 (generalised)" block: locks and door codes changed, letters sent back ("stop
# writing to me", "needn't bother"), finding out last ("first i heard of it"), "every .. but mine",
# "wasn't even asked" (=2 so it beats reciprocity's "n't even ask~"), read-and-no-reply ("not a word
# back", "blue ticks"), polite brush-offs ("maybe another time", "we'll be in touch", "more
# comfortable elsewhere"), talk that stops as I walk up, eyes that pass over me ("look~ .. past me"),
# and hiring/membership euphemisms ("cultural fit", "go~ in another direction", "not renewed", "need
# not apply"). Fixes for "none" passages: bare "secondhand" removed,
# "rejected" lowered to 0.7, "abandon~" to 1, "bottom of the list" replaced by "bottom of their
# list"; exclusions for rejected batches/shipments/drafts, "door closed behind the", "hired
# outsiders", "from the sideline", "anyone but me", "not one of us could/knew/...".
#
# Round 4 (new writers: arts and academia, clubs and faith, service work and the margins, columnists):
# each facet ends with a "round 4 (generalised)" block built from concepts, not sentences: keys that
# no longer fit and belongings bagged up ("key~ .. n't turn", "my stuff in .. bag~"), access switched
# off ("badge .. stop~ work~", "greyed out" =0.5), the one name missing ("the only one not", "not
# copied on", "invitation~ .. lost in the"), photos without me, hearing of it "weeks later", meetings
# moved to "the nights i work", seats and tables ("bag on the .. chair", "exactly enough chairs",
# "seating plan" =0.5), talk that stops ("all stop~ talking", "chat stop~"), sudden interest in a phone
# or coffee, being avoided "until i was gone", groups that close "just as i reach~", polite refusals
# ("not really your scene", "n't the * for you", "not taking new", "said they were full"), greetings
# that stop, being taken off the rota ("stop~ .. roster~ me"), and the vocabulary of the margins and
# the columns ("othered", "stigmatis*", "move~ me on", "barred me from", "bouncer" =0.5). Stems are on
# base forms (move~, eliminate~), not truncations. "got cancelled" was tried and dropped (events).
# New exclusions: leaving a parcel, "leave the .. alone", expecting or bracing for a rejection.
#
# Round 5 (new writers: health and care, parents and schools, mobile and outdoor lives, spiritual
# writing): each facet has a "round 5 (generalised)" block: being spoken past to the person beside me
# ("talk~ to my * instead of me", "address~ .. to my husband", "does she take sugar", "as if i wasn't
# in the room", "i'm standing right here"), "straight past me"/"right past me", "talk~ around me",
# "skip~ .. over me"; groups I was not added to or taken out of ("wasn't added", "n't add~ me",
# "take~ me out of the group", "off the * rota"); people told to avoid me ("told .. not to talk to me",
# "told to stop following me"); photos ("in none of the photo~"), calls not taken ("n't take my
# call~"), "not one person .. reply~", empty seats around me, a hush when I walk in, "not one door",
# "no room on the * for me", "keep~ my .. on file", refusals for a guide dog or wheelchair, communion
# refused. The old "mov~" stems never matched (stem(moved)=move): rewritten as move~. Exclusions:
# "dropped me at", offers on a flat, "must feel excluded", an inspector rejecting building work.

lexicon essay-themes
version 2026.11.2
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme rejection
about Social exclusion and its pain: being shut out, turned away, ignored, ghosted, snubbed, dismissed or refused; doors that close.

# ---------------------------------------------------------------------------------------------
facet explicit-rejection
about The explicit vocabulary of rejection, exclusion and ostracism, and being cast out.
source Williams, K. D. (2007). Ostracism. Annual Review of Psychology 58, 425-452; Leary, M. R. (Ed.) (2001). Interpersonal Rejection. Oxford University Press.

    rejected =0.7
    rejection =2
    reject~ =0.7
    excluded =1.5
    exclusion =1.5
    exclud~ me =2
    exclud~ us =1.5
    social exclusion =2
    socially excluded =2
    ostraci* =2
    shun~ =1.5
    spurn~ =1.5
    rebuff* =1.5
    snub~ =1.5
    outcast~ =1.5
    pariah =1.5
    persona non grata =1.5
    black sheep
    scapegoat~
    blacklist~ =0.5
    blackball~ =1.5
    banish~ =1.5
    excommunicat* =1.5
    disown~ =2
    cast out =1.5
    cast me out =2
    cast aside =1.5
    cast me aside =2
    kick~ out =1
    kick~ me out =1.5
    kicked out of =1.5
    threw me out =1.5
    turned away =0.5
    turn~ me away =1.5
    was turned away =1.5
    turned down
    turn~ me down =1.5
    got turned down =1.5
    refus~ =0.5
    refus~ me =1.5
    refus~ to see me =2
    refus~ to talk to me =2
    refus~ to speak to me =2
    refus~ to acknowledge me =2
    refus~ to let me in =2
    unwanted =1.5
    unwelcome
    not welcome =1.5
    wasn't welcome =1.5
    no longer welcome =2
    not welcome here =2
    passed over =0.5
    picked last =1.5
    never chosen =1.5
    not chosen =1.5
    wasn't chosen =1.5
    second choice
    afterthought
    abandon~ =1
    abandonment =2
    abandon~ me =2
    dumped me =2
    got dumped =2
    broke up with me
    break~ up with me
    left me for =1.5
    walk~ out on me =1.5
    walk~ away from me =1.5
    turn~ * back on me =2
    turn~ their backs on =1.5
    turn~ * back on
    dropped me =1.5
    drop~ me =1
    replace~ me
    replaceable
    disposable =0.5
    discarded =0.5
    feel~ discarded =2
    felt discarded =2
    threw me away =2
    tossed aside =1.5
    pushed away =0.5
    push~ me away =1.5
    push~ me out =1.5
    alienat* me
    rejection letter~ =1.5


    # everyday cast-out and replaced
    voted me out =2
    vote~ me out =2
    voted off =1.5
    show~ me the door =2
    showed me the door =2
    escorted me out =1.5
    told to leave =1.5
    asked to leave =1.5
    want~ me out =1.5
    want~ me gone =2
    wanted me gone =2
    get rid of me =2
    got rid of me =2
    glad to see me go =1.5
    dropped me like =2
    drop~ me like =2
    like a hot potato =1
    my replacement =1.5
    replaced me with =2
    gave my spot to =1.5
    gave my place to =1.5
    gave my seat to =1.5
    gave my job to =1.5
    gave my part to =1.5
    give~ my spot to =1.5
    found a new =0.3
    new best friend =1
    tolerated =0.5
    merely tolerated =1.5
    tolerate~ me =1.5
    put up with me =1
    ashamed of me =1.5
    embarrassed of me =1.5
    embarrassed by me =1.5
    embarrassed to be seen with me =2
    n't want to be seen with me =2
    marginaliz* =1.5
    marginalis* =1.5
    pushed to the margins =1.5
    sidelin* =0.7
    bully~ =0.5
    bullied =0.7
    pick~ on me =1
    mock~ me =1.5
    laugh~ in my face =1.5
    unmatch~ =1.5
    friend-zoned =1
    friendzone~ =1
    not that into me =1.5
    lost interest in me =1.5
    lose~ interest in me =1.5
    dumped by =1.5
    broke it off =0.7
    n't say it back =1.5
    never said it back =1.5
    cancel~ me =1
    ditched me =1.5
    ditch~ me =1.5
    unfollow~ me =1.5
    unfollowed =1
    muted me =1.5
    mute~ me =1
    user not found =1.5
    deleted me =1.5
    delete~ me from =1.5
    deleted my number =1.5
    declined my friend request =1.5
    ignor* my friend request =2
    ignor* my request~ =1.5
    n't accept my friend request =1.5
    never accepted my friend request =2
    friend request =0.3
    n't see me that way =1.5
    just be friends =1
    never want~ me =2
    never .. wanted me =2
    i was a mistake =1.5
    like a leper =2
    leper =1
    second-class =1
    treat~ me like dirt =1
    like i was nothing =1.5
    like i was nobody =1.5
    like i was a nobody =1.5
    beneath them =1
    too good for me =1
    too good for us =1
    called me a loser =1
    call~ me names =1
    called me names =1
    butt of the joke =1
    butt of every joke =1.5
    square peg =1
    circled the wagons =0.7
    cut me loose =1.5
    left me hanging =1
    hired someone else =1.5
    gave the job to someone else =1.5
    picked someone else =1.5
    chose someone else =1.5
    passed over for =1.5
    n't .. get an interview =1.5
    nobody .. hire me =1.5
    no one .. hire me =1.5
    asked us to leave =1.5
    asked .. to leave =1
    got cut from =1.5

    # round 2 (generalised): rejected as a person, let go, sent away, replaced
    rejected me =2
    reject~ me =2
    reject~ us =1.5
    rejected by =2
    rejected from =1.5
    i was rejected =2
    i got rejected =2
    feel~ rejected =2
    in favour of someone =1
    in favor of someone =1
    been let go =1
    was let go =1
    got let go =1
    sent me away =1.5
    send~ me away =1.5
    was sent away =1
    steer~ me away =1.5
    usher~ me out =1.5
    usher~ me away =1.5
    shoo~ me =1
    kick~ me off =1.5
    replac~ by someone =1.5
    replaced me =1.5
    go~ in a different direction =1
    decided to go in a different direction =2
    going in a different direction =1
    no longer allowed to =1
    told me i wasn't to =1.5
    told me i could no longer =1.5
    ask~ me not to come =2
    ask~ .. not to come =1.5
    swipe~ left =0.7
    n't get a single vote =1.5
    not a single vote =1.5

    blanked me =2
    blank~ me =1.5
    cut me dead =2
    sent to coventry =2
    gave me the elbow =1.5
    gave me the boot =1.5
    got the boot =1
    marching orders =1
    shown the door =2
    told me to get out =1.5
    laugh~ me out of =1.5
    wasn't picked =1.5
    n't picked for =1.5
    n't get picked =1.5
    never got picked =1.5
    n't pick~ me =1.5
    n't choose~ me =1.5
    n't allowed to join =1.5
    not allowed to join =1.5
    n't allowed to sit with =1.5
    she wasn't interested =1
    he wasn't interested =1
    gave it to someone else =1.5
    give~ it to someone else =1.5
    filled by someone =1.5
    made it clear .. i wasn't =1.5
    made it clear i =1
    declined my =1

    surplus to requirements =1.5
    put out to pasture =0.7
    aired me =1.5
    curved me =1.5
    got curved =1.5
    unadd~ =1.5
    soft-block~ =1.5
    kick~ me from =1.5
    n't rent to =1.5
    overlooked for =1.5
    old boys' club =1.5
    old boys club =1.5
    boys' club =1
    i'm not allowed at =1.5
    since i came out =0.7
    - came out of
    - come out of

    # round 4 (generalised): banned, barred, expelled, othered, stigmatised, piled on
    ban~ me from =1.5
    barred me from =1.5
    barred from =0.7
    expel~ me =1.5
    expel~ from =1
    othered =1.5
    othering =1
    stigmatis* =1
    stigmatiz* =1
    stigma =0.5
    pile-on =1
    dogpil* =1
    asked me to step down =1.5
    asked to step down =1
    fake fan =1
    not a real fan =1
    desk reject* =1.5
    recast me =1.5
    been recast =1

# ---------------------------------------------------------------------------------------------
facet shut-out
about Doors that close: being shut out, frozen out, cut off, blocked, kept at arm's length, cut out of someone's life.
source Eisenberger, N. I., Lieberman, M. D. & Williams, K. D. (2003). Does rejection hurt? An fMRI study of social exclusion. Science 302(5643), 290-292; Williams, K. D., Cheung, C. K. T. & Choi, W. (2000). Cyberostracism. JPSP 79(5).

    shut~ me out =2
    shut~ out =1
    shut out of =1.5
    shut~ * door in my face =2
    shut~ * door on me =2
    shut~ * door on =1.5
    slam~ * door in my face =2
    slam~ * door on me =2
    slam~ * door =0.5
    door~ slam~ =0.5
    slammed door~ =0.5
    door~ close~ =0.5
    keep~ knocking =0.5
    kept knocking =0.5
    close~ * door on me =2
    close~ * door on =1.5
    door~ stay~ closed =1.5
    door~ remain~ closed =1.5
    door~ * closed on me =2
    door~ close~ on me =2
    door~ * shut in my face =2
    door~ * in my face =1.5
    every door * closed =1.5
    door~ * closing on me =1.5
    froze me out =2
    freez~ me out =2
    frozen out =1.5
    cold shoulder =2
    cold-shoulder~ =2
    kept at arm's length =1.5
    me at arm's length =2
    at arm's length =0.5
    close~ ranks
    cut~ me off =1.5
    cut~ me out =1.5
    cut~ * out of * life =2
    cut~ ties =1
    cut~ ties with me =2
    cut~ all ties =1.5
    cut~ off contact =1.5
    went no contact =1.5
    go~ no contact =1.5
    block~ me =2
    block~ my number =2
    blocked on instagram =2
    blocked on facebook =2
    unfriended =1.5
    unfriend =1.5
    unfriending =1.5
    unfollow~
    remov~ me from =1.5
    remov~ from the group =1.5
    left out of the group chat =2
    group chat without me =2
    on the outside looking in =2
    outside looking in =1.5
    left out in the cold =2
    odd one out =1.5
    odd man out =1.5
    third wheel
    outsider
    out-group
    outgroup
    clique~ =0.5
    cliquey
    no seat at the table =1.5
    no place for me


    # closed circles, doors, the cold
    n't let me in =2
    n't let me .. in =1.5
    n't let us in =1.5
    wouldn't let me in =2
    refus~ to let me =1.5
    locked me out =1.5
    closed to me =1.5
    door~ .. closed to me =2
    door~ .. never open~ =1
    n't open the door =1
    n't answer the door =1
    nobody answer~ the door =1
    no one answer~ the door =1
    close~ .. before i could =1
    shut .. before i could =1
    welcome mat =0.5
    locked gate =0.5
    velvet rope =1
    members only =1
    not tonight =1
    turned away at =1.5
    turn~ me away at =2
    not one of us =2
    never one of them =1.5
    never really one of =1.5
    not part of the group =1.5
    n't part of the group =1.5
    not part of the family =1.5
    n't part of the family =1.5
    not really part of =1.5
    no longer part of =1.5
    never .. part of the =1
    not for people like me =2
    not for the likes of me =2
    the likes of me =1.5
    people like me =0.7
    people like you =1
    your kind here =2
    we don't serve =1.5
    not from here =1
    not from around here =1.5
    where are you really from =1.5
    go back to where you came from =2
    go back where you came from =2
    go back to your country =2
    told me to go back =1.5
    happier elsewhere =2
    happier somewhere else =2
    find another church =1.5
    find another congregation =1.5
    find somewhere else =1.5
    disfellowship* =2
    own little circle =1
    their own little circle =1.5
    closed circle =1
    circle closed =1
    circle~ .. n't open =1.5
    circle~ never open~ =1.5
    tight circle =0.5
    inner circle =0.5
    at the edge of the group =1.5
    edge of the circle =1.5
    edge of the group =1.5
    at its edge =0.5
    on the fringe~ =1
    on the periphery =1
    make room =0.3
    n't make room =1.5
    no room for me =1.5
    no room at the table =1.5
    no seat for me =1.5
    no chair for me =1.5
    glass wall =1
    invisible wall =1.5
    invisible barrier =1.5
    glass between us =1
    wall between us =0.7
    like an outsider =2
    still an outsider =1.5
    always the outsider =1.5
    outsiders =0.7
    still the new =0.5
    remov~ me as =1.5
    remov~ from the chat =2
    removed from the group chat =2
    left out of the chat =2
    new group chat =0.7
    separate group chat =1.5
    second group chat =1.5
    another group chat =1

    n't add~ me =1
    never add~ me =1.5
    asked to be added =0.7
    n't in the group chat =2
    not in the group chat =2
    dropped from the team =1.5
    cut from the team =1.5
    cut from the squad =1.5
    n't make the team =1.5
    n't make the cut =1.5

    # round 2 (generalised): doors closed politely, circles that close, locks changed
    closing a door =1
    door being closed =1.5
    close~ the door on =1.5
    circle~ .. close~ =1
    close~ .. tighter =0.7
    turn~ back into their =1.5
    back into their circle =1.5
    n't let me past =1.5
    n't let me through =1
    chang~ the locks =1.5
    locks were changed =1.5
    n't want us =1.5
    suit~ me better =1
    suit~ you better =0.7
    blow-in =1
    incomer =1
    incomers =1
    ask~ when i'm going home =1.5
    ask~ when i'm going back =1.5
    when are you going back =1
    families like mine =1
    people like us =0.7
    n't part of the real =1.5
    i'm not one of them =1.5
    i wasn't one of them =1.5
    and i'm not in it =1.5
    i'm not in it =1
    i wasn't in it =1
    room i'm not in =1.5
    rooms i'm not in =1.5
    room i wasn't in =1.5
    their own group chat =1
    their own whatsapp =1
    moved me to the back =1.5
    move~ me to the back =1.5
    put me at the back =1
    seated me at the back =1.5
    had my name taken off =2
    taken off .. list =1.5
    took me off =1.5
    take~ me off the =1.5
    my name .. off the =1.5

    every time i knock~ =1
    whenever i knock~ =1
    chat i'm not in =2
    group i'm not in =1.5
    leave~ me off the =1.5
    left me off the =1.5

    left me on open =2
    n't .. a seat at the table =1.5
    never got a seat at the table =1.5

    nobody came to the door =1.5
    no one came to the door =1.5
    key no longer =1
    locks .. been changed =1.5
    one who moved in =1
    still the newcomer =1.5


    # round 3 (generalised): locks and codes changed, letters sent back, "don't come back"
    change~ the lock~ =1
    change~ the locks on me =2
    change~ the door code =1.5
    change~ the code on me =1.5
    n't give~ me a key =1
    nobody give~ me a key =1
    stop writing to me =1.5
    please stop writing =1.5
    stop contacting me =1.5
    do not contact me =1
    don't contact me =1
    came back unopened =1.5
    return~ unopened =1.5
    needn't bother =1.5
    need not bother =1.5
    n't bother coming =1.5
    talk~ to me through the door =1.5
    n't open the door to me =2
    shut~ it in my face =1.5
    shut~ the door on me =2

    # round 4 (generalised): keys that no longer turn, belongings bagged up, access switched off
    key~ .. n't fit =1
    key~ .. n't turn =1
    n't fit the lock =1
    new lock on my =0.7
    close~ it again =0.5
    close~ * door in my face =2
    shut it again =0.5
    click~ shut just as =1
    my stuff in .. bag~ =1.5
    my things in .. bag~ =1.5
    my belongings in .. bag~ =1.5
    my clothes in .. bag~ =1.5
    my stuff on the doorstep =1.5
    my things on the doorstep =1.5
    my stuff on the lawn =1.5
    my things on the lawn =1.5
    badge .. stop~ work~ =1
    badge .. n't work =1
    keycard .. stop~ work~ =1
    revok~ my access =1.5
    my access .. revok~ =1.5
    greyed out =0.5
    grayed out =0.5
    never let me in =2
    nobody .. let me in =1.5
    no one .. let me in =1.5
    step~ back to let me in =1.5

    # round 5 (generalised): not added, taken out of the group, doors that never open, no room for me
    talk~ to me through the =1.5
    could hear them laughing =1
    told me to sit out =1
    wasn't added =1.5
    weren't added =1.5
    never added me =1.5
    not added to the =1
    take~ me out of the group =2
    took * out of the group =1.5
    not one door =1.5
    not a single door =1.5
    shut~ as i arrive~ =1.5
    shut~ just as i =1
    close~ just as i =1
    off the rota =1
    off the roster =1
    off the * rota =1
    door~ click~ shut =0.5
    still call~ me the =0.5
    no room on the * for me =1.5
    no space for me =1.5
    nobody gave me the =1
    no one gave me the =1
    nobody told me where =1
    no one told me where =1
    told .. not to talk to me =2
    told .. not to speak to me =2
    told .. to stop talking to me =2
    told .. to stop speaking to me =2
    told .. to stay away from me =2
    told to stop following me =1.5
    told to sit at the back =1.5
    could sit at the back =1

# ---------------------------------------------------------------------------------------------
facet not-invited
about Exclusion from gatherings, plans and group chats: not invited, left out, everyone but me.
source Baumeister, R. F. & Leary, M. R. (1995). The need to belong. Psychological Bulletin 117(3), 497-529; Williams (2007), Ostracism.

    left out =1.5
    felt left out =2
    feel~ left out =2
    left me out =1.5
    leave~ me out =1.5
    left * out of
    not invited =2
    wasn't invited =2
    weren't invited =1.5
    never invited =1.5
    never invite~ me =2
    didn't invite me =2
    doesn't invite me =1.5
    didn't get invited =2
    never got invited =2
    stop~ inviting =2
    stop~ asking me
    no longer invited =2
    uninvit* =1
    disinvit* =1.5
    not on the guest list =2
    left off the guest list =2
    off the guest list =1.5
    everyone but me =1.5
    everyone except me =1.5
    everybody but me =1.5
    everybody except me =1.5
    went without me =1.5
    go~ without me
    plans without me =1.5
    made plans without me =2
    hung out without me =1.5
    hang~ out without me =1.5
    move~ on without me
    found out on instagram
    without inviting me =2
    never included =1.5
    wasn't included =1.5
    didn't include me =1.5


    # everyday not-invited phrasing
    stop~ .. invit~ me =2
    stop~ .. invit~ us =1.5
    stop~ getting invited =2
    stop~ being invited =2
    no longer get~ invited =2
    never get~ invited =1.5
    stop~ .. includ~ me =2
    stop~ .. ask~ me to =1.5
    stop~ .. save~ me a seat =2
    n't save~ me a seat =2
    no one save~ me a seat =2
    nobody save~ me a seat =2
    n't .. invit~ me =2
    n't .. invit~ us =1.5
    n't .. invited =1.5
    never .. invit~ me =2
    nobody .. invited me =2
    no one invit~ me =2
    nobody invit~ me =2
    n't .. get an invit* =2
    never .. got an invit* =2
    never .. received an invit* =1.5
    invitation never came =2
    invitations went out =1
    no invitation =1.5
    no invite =1.5
    forgot to invite me =2
    forget~ to invite me =2
    forgot to include me =2
    forgot to tell me =1.5
    forget~ to tell me =1.5
    not on the list =1.5
    wasn't on the list =1.5
    left off =0.5
    off the list =0.5
    not asked to =1
    wasn't asked =1
    never asked me to join =1.5
    n't ask~ me to join =1.5
    n't ask~ me to come =1.5
    nobody ask~ if i =1.5
    no one ask~ if i =1.5
    ask~ if i want~ to come =0.7
    n't .. ask~ if i want~ =1.5
    never ask~ if i want~ =1.5
    got up and moved =1
    get~ up and move~ =1
    got up and left =0.5
    move~ to another table =1.5
    moved to another table =1.5
    move~ tables =1
    pick~ up their trays =1
    thanks but no thanks =1.5
    n't .. ask~ me along =1.5
    last to know =1.5
    the last to find out =1.5
    last to hear =1
    found out .. on facebook =1.5
    found out .. on instagram =1.5
    found out from facebook =1.5
    found out from instagram =1.5
    found out from someone else =1.5
    heard it from someone else =1.5
    found out afterwards =0.7
    found out secondhand =1.5
    heard .. secondhand =1.5
    hear~ .. secondhand =1.5
    saw it on instagram =1
    saw it on facebook =1
    photos on instagram =0.7
    photos on facebook =0.7
    pictures on instagram =0.7
    pictures on facebook =0.7
    saw the photos =0.5
    saw the pictures =0.5
    n't heard a word about =1
    saw them all at =0.7
    without me =0.5
    left without me =1.5
    drove off without me =1.5
    started without me =1.5
    had dinner without me =1.5
    chat without me =2
    n't wait for me =1
    without waiting for me =1.5
    but me =0.5
    except me =1
    except mine =0.7
    tag~ everyone but me =2
    every seat .. taken =1
    seat was taken =1
    seat is taken =1
    said it was taken =1.5
    save~ it for someone =1.5
    promised to someone else =1
    bag on the seat =1
    bag on the chair =1
    bag on the empty =1
    can't sit with us =2
    n't let me sit =2
    n't let .. sit with =1.5
    n't let .. play =1.5
    n't let .. join =1.5
    nobody would .. with me =1.5
    no one would .. with me =1.5
    nobody wanted to .. with me =1.5
    no one wanted to .. with me =1.5
    nobody would eat with me =2
    no one would eat with me =2
    nobody would sit with me =2
    no one would sit with me =2
    n't want to .. with me =1
    get~ stuck with me =1.5
    got stuck with me =1.5
    over who had to take me =2
    nobody .. would eat with me =2
    no one .. would eat with me =2
    nobody .. would sit with me =2
    no one .. would sit with me =2
    ate lunch in the bathroom =1
    eat~ lunch in the bathroom =1
    n't want me on their team =2
    nobody wanted to be my =1.5
    no one wanted to be my =1.5
    nobody chose me =1.5
    no one chose me =1.5
    nobody would talk to me =2
    no one would talk to me =2
    nobody would speak to me =2
    no one would speak to me =2
    nobody talked to me =0.7
    no one talked to me =0.7
    nobody spoke to me =0.7
    no one spoke to me =0.7
    without telling me =0.7
    nobody told me =0.3
    guest list =0.5
    n't make the guest list =2
    name .. n't on =1.5
    my number .. n't in =1
    next to the kitchen door~ =1
    table by the bathroom~ =1
    seated me by the =1
    last to be picked =2
    last to get picked =2
    last picked =1.5
    last one chosen =2
    last chosen =1.5
    nobody pick~ me =1.5
    no one pick~ me =1.5
    nobody came to my =1.5
    nobody rsvp* =1.5
    no one rsvp* =1.5
    no one came to my =1.5
    nobody show~ up to my =1.5
    no one show~ up to my =1.5
    kids table =1
    kids' table =1
    children's table =1
    end of the table =0.7
    end of the list =0.3
    bottom of their list =0.7
    bottom of everyone's list =1
    bottom of the pecking order =1
    totem pole =0.5

    # round 2 (generalised): learning about it afterwards, wrong times, names left off
    from the photos =1
    from the pictures =1
    seen the photos =0.5
    see~ the photos on =1
    see~ the pictures on =1
    only found out =1
    only found out because =1.5
    only found out from =1.5
    only found out when =1.5
    found out about it from =1.5
    hear~ about it from =1
    heard about it from =1
    only know because =1
    only knew because =1
    i know because i saw =1
    not even a text =0.7
    give~ me the wrong =1.5
    give~ the wrong date =1
    give~ the wrong time =1
    never told me where =1.5
    never told where =1.5
    never told when =1.5
    was never told =1
    n't told about =1.5
    never told about =1.5
    meeting i wasn't =1.5
    invit~ .. except =1.5
    except the .. of us =1
    invit* .. stop~ =1.5
    invit* .. thin~ out =1.5
    invit* .. dri~ up =2
    invit* .. dried up =2
    off the invitations =1.5
    fewer invitations =1
    fewer invites =1
    nobody thought to ask me =2
    no one thought to ask me =2
    nobody thought to invite me =2
    no one thought to invite me =2
    nobody thought to tell me =1.5
    no one thought to tell me =1.5
    thought to include me =1.5
    new one without me =1.5
    start~ .. without me =1.5
    seat was saved =1.5
    seat is saved =1.5
    seat~ .. save~ =1
    said it was saved =1.5
    onto the empty seat =0.7
    already had even teams =1
    even teams =0.7
    membership was full =1.5
    membership is full =1.5
    still had room for =1
    skip~ my name =2
    skip~ mine =1
    skip~ me =1
    everyone apart from me =1.5
    everybody apart from me =1.5
    apart from me =0.5
    except for me =1.5
    everyone bar me =1.5
    bar me =1
    but not me =1
    the only one who n't get =1.5
    n't in the bridal party =1.5
    n't in the wedding party =1.5
    i'm not in the picture =1.5
    i'm not in the photo =1.5
    not in the photo =1
    not in any of the photos =1.5

    hear~ about it after =1
    hear~ about it later =1
    found out later =0.7
    last to be told =1.5
    invit~ .. except me =2
    nobody .. make~ room for me =1.5
    no one .. make~ room for me =1.5
    nobody sit~ with me =1.5
    no one sit~ with me =1.5
    nobody sit~ next to me =1
    no one sit~ next to me =1

    n't asked back =1.5
    never asked back =1.5
    not asked back =1.5
    never invited back =1.5
    n't invited back =1.5
    n't save~ me a place =2
    nobody save~ me a place =2
    new * without me =1.5
    plans .. in front of me =1.5
    stop~ .. sending me =1
    card~ stopped coming =1.5


    # round 3 (generalised): finding out last, every name but mine, the sign on the door
    first i heard of it =1.5
    the first i heard =1
    first i knew of it =1.5
    every .. but mine =1.5
    every .. except mine =1.5
    every .. except ours =1.5
    except ours =0.7
    wasn't even asked =2
    weren't even asked =2
    was never asked =1
    wasn't asked to join =1.5
    n't even invit~ =2
    never asked to join =1.5
    immediate family only =1
    family only =0.5
    see~ the instagram =0.7

    # round 4 (generalised): the one name missing, photos I am not in, hearing of it afterwards
    invitation~ .. lost in the =1.5
    must have got~ lost =0.7
    must have been lost =0.7
    lost in the mail =0.5
    lost in the post =0.5
    the only one not =1.5
    only one who was n't =1.5
    not copied on =1.5
    n't copied on =1.5
    not cc'd =1.5
    left off the email =1.5
    left off the thread =1.5
    left off the group chat =1.5
    group photo =0.5
    photo~ .. without me =1.5
    picture~ .. without me =1.5
    look~ for myself in the =1
    zoom~ in to check =0.7
    everyone's in it =0.7
    everyone was in it =0.7
    everyone is in it =0.7
    photo~ .. already online =1
    saw the photos online =1
    read about it afterwards =1.5
    read about it later =1
    read about it after =1
    found out weeks later =1.5
    found out days later =1.5
    found out months later =1.5
    hear~ about it weeks later =1.5
    on the nights i work =0.7
    on the days i work =0.7
    the one day i can't =1
    the one night i can't =1
    when they know i can't =1.5
    we'll fill you in =0.7
    was never asked to =1
    're never asked to =1
    immediate family and close friends =1
    seating chart =0.5
    seating plan =0.5
    by the kitchen door~ =0.7
    swap~ me out =1.5
    replace~ me with =1
    been swap~ for =1
    bag on the .. chair =1.5
    bag on the .. seat =1.5
    there's no chair =1
    there was no chair =1
    exactly enough chairs =1.5
    just enough chairs =1
    one chair short =1
    place card~ =0.5
    shown to the back =1
    seated us at the back =1.5
    sat us at the back =1
    seen them online =0.7
    after i'd gone home =0.7

    # round 5 (generalised): photos I am in none of, finding out from the newsletter, names kept "on file"
    the one they forget~ =1.5
    the one they always forget~ =1.5
    thank~ every .. by name =0.7
    thank~ everyone by name =0.7
    except my son =1
    except my daughter =1
    except my kid~ =1
    except my child =1
    whole class .. except =1.5
    the only * not invit~ =2
    the only * who wasn't invit~ =2
    in none of them =1
    in none of the photo~ =2
    none of the photos =1
    not in a single photo~ =1.5
    find~ out .. from the newsletter =1.5
    from the newsletter =0.5
    keep~ my .. on file =1.5
    why i'm not at the =0.7

# ---------------------------------------------------------------------------------------------
facet ghosted-and-ignored
about Silence as exclusion: ghosting, left on read, unanswered messages, the silent treatment, being ignored.
source Williams, K. D. (2001). Ostracism: The Power of Silence. Guilford; Williams, Cheung & Choi (2000), Cyberostracism.

    ghosted =2
    ghosting =1.5
    ghost~ me =2
    ghost~ him
    ghost~ her
    ghost~ them
    left on read =2
    left me on read =2
    leave~ * on read =1.5
    left * on read =1.5
    on read
    left on delivered =2
    left on seen =2
    seen-zoned =1.5
    read receipt~ =0.5
    ignored =1
    ignoring =0.5
    being ignored =1.5
    feel~ ignored =2
    felt ignored =2
    ignor* me =2
    ignor* my text~ =2
    ignor* my message~ =2
    ignor* my call~ =2
    ignor* my email~ =1.5
    silent treatment =2
    stonewal* =1.5
    radio silence =1.5
    met with silence =1.5
    nothing but silence =1.5
    crickets =0.5
    no reply
    never reply~ =1.5
    never respond~ =1.5
    didn't reply
    didn't respond
    never answer~
    never answer~ my =1.5
    didn't answer my =1.5
    never heard back =1.5
    never hear~ back =1.5
    didn't hear back
    haven't heard back
    never heard from * again =1.5
    heard nothing back =1.5
    unanswered
    vanish~ from my life =1.5
    disappear~ from my life =1.5
    disappear~ on me =1.5
    dropped off the face of the earth
    went silent on me =2
    gone silent
    went quiet on me =1.5
    went dark on me =1.5
    forgot about me =1.5
    forgotten about me =1.5
    forgot my birthday =2
    forget~ my birthday =2
    no one remember~ my birthday =2
    nobody remember~ my birthday =2
    feel~ forgotten =1.5
    felt forgotten =1.5


    # silence in everyday words
    stop~ .. answer~ my =2
    stop~ .. answer~ me =2
    stop~ .. respond~ =1.5
    stop~ .. reply~ =1.5
    stop~ .. return~ my =2
    stop~ .. talking to me =2
    stop~ .. speaking to me =2
    stop~ .. call~ me =1
    stop~ .. texting me =1
    n't return~ my call~ =1.5
    n't .. return~ my =1.5
    never .. return~ my =1.5
    never wrote back =1.5
    left me on seen =2
    left me on delivered =2
    returned .. unopened =2
    go~ to voicemail =0.7
    chang~ her number =1
    chang~ his number =1
    chang~ their number =1
    moved without telling me =1.5
    nobody listen~ to me =1
    no one listen~ to me =1
    never listen~ to me =1
    n't even look up =1.5
    nobody looked up =1
    no one looked up =1
    n't .. acknowledge me =1.5
    never acknowledge~ me =1.5
    never write~ back =1.5
    n't write back =1.5
    never got back to me =1.5
    never get~ back to me =1.5
    n't get back to me =1.5
    never call~ back =1.5
    n't call~ back =1.5
    n't call~ me back =1.5
    never call~ me back =1.5
    never text~ back =1.5
    n't text~ back =1.5
    never text~ me back =1.5
    n't text~ me back =1.5
    not a single repl* =2
    not one repl* =2
    not a single response =2
    never got a reply =1.5
    never got a response =1.5
    never got an answer =1.5
    no response =0.7
    no answer =0.5
    no word back =1.5
    still haven't heard =1.5
    still waiting to hear =1
    said .. be in touch =0.7
    never said hello back =1.5
    never said hi back =1.5
    n't say hello back =1.5
    n't say hi back =1.5
    n't wave back =1.5
    never wave~ back =1.5
    n't even say hi =1
    n't even say hello =1
    three dots =1
    says seen =1
    said seen =1
    typing bubble =1
    dots appear~ =1
    then nothing =0.5
    and then silence =1
    then silence =1
    catch up soon =0.5
    n't .. notice~ i was gone =2
    never call~ on me =1

    # round 2 (generalised): nobody replies, read and no answer, calls not returned
    nobody reply~ =1.5
    no one reply~ =1.5
    nobody .. reply~ =1
    no one .. reply~ =1
    neither .. reply~ =1.5
    none of them reply~ =1.5
    nobody respond~ =1.5
    no one respond~ =1.5
    neither .. respond~ =1.5
    quit .. return~ my =2
    quit .. answer~ my =2
    n't pick~ up a call =1.5
    n't pick~ up the phone =1
    my last message =1
    my last text =1
    back unopened =2
    come~ back unopened =2
    return to sender =1.5

    go~ unanswered =1.5
    goes unanswered =1.5


    # round 3 (generalised): read and no reply, polite brush-offs
    not a word back =1.5
    not one word back =1.5
    never a word back =1.5
    not a word from =0.7
    blue ticks =1.5
    two ticks =0.7
    nobody answer~ my =1.5
    no one answer~ my =1.5
    maybe another time =0.7
    we'll be in touch =0.7

    # round 4 (generalised): delivered and never read, greetings that stop, being taken off the rota
    still says delivered =1.5
    said delivered =1
    says delivered =1
    bubble turned green =1.5
    stop~ saying hello =1.5
    stop~ say~ hello =1.5
    stop~ say~ hi =1.5
    stop~ greet~ me =1.5
    nobody say~ hello =1.5
    no one say~ hello =1.5
    nobody say~ good morning =1.5
    look~ at each other and laugh~ =1.5
    stop~ .. paging me =1.5
    stop~ .. messag~ me =1
    stop~ .. tagging me =1
    stop~ .. ring~ me =1
    stop~ .. emailing me =1
    stop~ .. roster~ me =1.5
    stop~ .. schedul~ me =1.5
    stop~ .. putting me on =1.5
    stop~ .. picking me =1.5
    stop~ .. copy~ me =1.5
    not one of them wave~ back =2
    nobody wave~ back =1.5
    no one wave~ back =1.5
    n't wave~ back =1.5

    # round 5 (generalised): no one replies, calls not taken
    he's not available =0.7
    she's not available =0.7
    not one person .. reply~ =1.5
    not one person .. respond~ =1.5
    not one person .. answer~ =1.5
    not a single person .. reply~ =1.5
    not a single reply~ =1.5
    n't even take my call~ =2
    n't take my call~ =1.5
    refus~ to take my call~ =2
    stop~ taking my call~ =1.5
    shout~ down a well =0.7

# ---------------------------------------------------------------------------------------------
facet dismissed-and-snubbed
about Being brushed off, blown off, stood up, turned down, talked over or told to go; the small refusals of everyday contact.
source Leary, M. R. (Ed.) (2001). Interpersonal Rejection; Williams (2007), Ostracism.

    dismissive =1.5
    dismissed =0.5
    dismiss~ me =1.5
    feel~ dismissed =2
    felt dismissed =2
    brush~ me off =2
    brushed off
    brush-off =1.5
    blew me off =2
    blow~ me off =2
    blown off
    stood me up =2
    got stood up =2
    flake~ on me =1.5
    bail~ on me =1.5
    cancel~ on me =1.5
    shot me down =1.5
    shot down =0.5
    talk~ over me =1.5
    laugh~ at me =0.5
    made fun of me =0.5
    talk~ down to me
    condescend* =0.5
    belittl* =0.5
    humiliat* =0.5
    get lost =0.5
    told me to get lost =2
    told me to leave =1.5
    asked me to leave =1.5
    told me to go away =2
    don't want you here =2
    don't want me here =2
    didn't want me there =2
    didn't want me around =2
    don't want me around =2
    don't want me =1.5
    didn't want me =1.5
    doesn't want me =1.5
    no one wants me =2
    nobody wants me =2
    no one wanted me =2
    nobody wanted me =2
    not wanted =1.5
    wasn't wanted =1.5
    look~ down on me
    wouldn't even look at me =2
    won't even look at me =2


    # talked over, waved away, refused in everyday words
    talk~ .. over me =1.5
    talked right over me =2
    spoke over me =1.5
    speak~ over me =1.5
    interrupt~ me =0.7
    cut me off mid-sentence =1.5
    shut~ me down =1.5
    wave~ away =1
    wave~ me away =1.5
    wave~ me off =1.5
    brushed aside =1.5
    brush~ aside =1
    shrug~ me off =1.5
    dismiss~ my =1.5
    shot down my =1
    shoot~ down my =1
    roll~ .. eyes at me =1.5
    eye roll =0.5
    eye-roll~ =0.5
    repeat~ my idea~ =1
    my opinion .. n't matter =1.5
    too busy for me =1.5
    always had an excuse =1.5
    always an excuse =1.5
    suddenly busy =1.5
    suddenly had =0.3
    suddenly had .. plans =1.5
    other plans =0.3
    other plans for me =0.7
    told me i was too =0.7
    i was too much =1.5
    need~ some space =0.7
    needed some space =0.7
    you're too much =1
    needed space =0.7
    said .. needed space =1.5
    n't interested in me =1.5
    not interested in me =1.5
    changed the subject =0.5
    told me by email =1
    told me by text =1
    told me over text =1
    not to come back =1.5
    asked .. not to come back =2
    told .. not to come back =2
    rather i didn't =1.5
    rather i not =1.5
    rather not have me =2
    rather i stayed home =1.5
    n't need me =1
    don't need you =1.5
    no longer needed =1
    services .. no longer =1.5

    # round 2 (generalised): looked over, passed by, turned from
    look~ over your shoulder for =1.5
    look~ over my shoulder for someone =1.5
    someone more interesting =1.5
    someone more important =1.5
    someone more useful =1.5
    reach~ past me =1.5
    nobody looked at me =1
    no one looked at me =1
    nobody .. me for the rest of =1.5
    no one .. me for the rest of =1.5
    we'll let you know =1

    i got the message =1
    message received =0.5
    i can take a hint =1.5
    take~ the hint =1
    got the hint =1
    hint taken =1
    walk~ past me as if =2
    walk~ past me like =1.5
    nobody asked my opinion =1
    no one asked my opinion =1
    nobody asked me a =0.7
    every time i try to talk to =0.7


    # round 3 (generalised): shown the door politely, "too" this or that
    said i was too =1
    more comfortable elsewhere =1.5
    more comfortable somewhere else =1.5
    better suited elsewhere =1.5
    better off elsewhere =1
    a better fit elsewhere =1.5

    # round 4 (generalised): "not your scene", "not the place for you", "we're full", eyes moving on
    ask~ * out .. said no =1.5
    said no and walk~ off =1.5
    said no thanks =0.7
    not really your scene =1.5
    not your scene =1.5
    you'd hate it =0.7
    n't think i'd want =1
    n't think you'd want =1
    n't the * for you =1
    not the * for you =1
    not for the likes of =1.5
    n't for people like =1.5
    not taking new =1
    n't taking new =1
    not accepting new =1
    n't accepting new =1
    keep~ the team small =1
    keep~ the group small =1
    keep~ it small =0.5
    said they were full =1
    said we were full =1
    were fully booked =0.5
    for regulars =0.7
    table was for =1
    for permanent staff =0.7
    say~ they were busy =0.5
    talk~ past me =1.5
    like i was furniture =1.5
    like i was part of the furniture =1.5
    as if i were a =0.5
    eyes .. move~ to the next =1
    eyes .. move~ on =0.7
    look~ over my shoulder for =1.5
    nice guy but =1
    great guy but =1
    nice girl but =1
    maybe next year =0.7
    switch~ to * the moment i =1
    switch~ to * when i =0.7
    like i'm a visitor =1
    like i was a visitor =1
    polite way of saying =1
    way of saying no =1
    way of saying go away =1.5
    all but me =1

    # round 5 (generalised): talked around, spoken past to the person beside me, skipped over, sent back
    talk~ to my * instead of me =2
    speak~ to my * instead of me =2
    ask~ my * instead of me =1.5
    talk~ over my head to =1.5
    because of my guide dog =1.5
    because of my wheelchair =1.5
    saw my guide dog =0.7
    refused communion =1.5
    denied communion =1.5
    barred from communion =1.5
    talk~ around me =1.5
    does she take sugar =2
    does he take sugar =2
    to my husband instead =1.5
    to my wife instead =1.5
    to my partner instead =1.5
    to my carer instead =1.5
    address~ .. to my husband =1.5
    address~ .. to my wife =1.5
    spoke to my husband the =1
    i'm right here =0.7
    i'm standing right here =1.5
    straight past me =1
    right past me =1
    skip~ .. over me =1.5
    switch~ to * whenever i =1.5
    switch~ to * as soon as i =1
    find~ something fascinating =0.7
    wasn't suited =1
    wasn't meant for me =1.5
    not meant for people like =1.5
    not sure it was meant for =1
    really more for =0.7
    sent my letter~ back =1.5
    sent back my letter~ =1.5
    sent my * letter back =1.5
    no thank you =0.5
    no thanks =0.5
    n't .. so much as an interview =1.5
    not even an interview =1.5

# ---------------------------------------------------------------------------------------------
facet social-pain
about The felt hurt of exclusion: social pain, the sting, feeling unwanted, unloved and abandoned.
source Eisenberger, Lieberman & Williams (2003), Does rejection hurt?; MacDonald, G. & Leary, M. R. (2005). Why does social exclusion hurt? Psychological Bulletin 131(2), 202-223.

    social pain =2
    pain of rejection =2
    sting of rejection =2
    fear of rejection =2
    cyberball
    cyberostracism =2
    it stings
    that stung
    stung =0.5
    slap in the face
    gut punch =0.5
    gut-punch =0.5
    unloved =1.5
    unlovable =1.5
    feel~ unwanted =2
    felt unwanted =2
    feel~ abandoned =2
    felt abandoned =2
    fear of abandonment =2
    left behind =0.5
    feel~ left behind =1.5
    felt left behind =1.5
    never good enough for them
    not good enough for them
    worthless =0.5


    # lukewarm niceties and rejection letters
    n't feel accepted =1.5
    never felt accepted =1.5
    not accepted =1
    n't accepted =1
    n't .. accept~ me =2
    never .. accept~ me =2
    never .. accepted me =2
    never accepted us =1.5
    not good enough =0.5
    never good enough for =1.5
    enough for them =0.5
    not cool enough =1.5

# ---------------------------------------------------------------------------------------------
facet thwarted-needs
about Threats to belonging, self-worth and meaningful existence: feeling invisible, not mattering, not belonging, not fitting in.
source Williams, K. D. (2009). Ostracism: a temporal need-threat model. Advances in Experimental Social Psychology 41, 275-314.

    invisible =0.5
    invisible to
    feel~ invisible =2
    felt invisible =2
    like i was invisible =2
    look~ right through me =2
    look~ through me =1.5
    look~ past me =1.5
    walk~ right past me =1.5
    like i wasn't there =2
    like i didn't exist =2
    as if i didn't exist =2
    like i don't exist =2
    unseen =0.5
    unheard
    overlooked =0.5
    no one notice~ =1
    nobody notice~ =1
    no one would notice =0.5
    no one would even notice =0.5
    nobody would notice =0.5
    nobody would even notice =0.5
    would anyone notice =0.5
    wouldn't even notice =1.5
    no one would miss me =0.7
    nobody would miss me =0.7
    no one would care =0.5
    nobody would care =0.5
    i don't matter =1.5
    i didn't matter =1.5
    like i don't matter =2
    like i didn't matter =2
    don't matter to =0.5
    didn't matter to
    not worth * time =0.5
    don't belong =1.5
    didn't belong =1.5
    never belong~ =1.5
    don't belong~ here =2
    didn't belong~ there =2
    didn't belong~ anywhere =2
    no sense of belonging =1.5
    lack of belonging =1.5
    thwarted belonging =2
    need to belong
    didn't fit in =1.5
    don't fit in =1.5
    never fit in =1.5
    didn't fit anywhere =1.5
    misfit~



    # invisible in the room
    like i was a ghost =1.5
    like a ghost =0.7
    like i was air =1.5
    like furniture =0.7
    part of the wallpaper =1
    like i wasn't even there =2
    as if i wasn't there =2
    as if i weren't there =2
    like i'm not there =2
    like i'm not even there =2
    like i wasn't in the room =2
    like i'm invisible =2
    as if i were invisible =2
    as if i was invisible =2
    look~ .. through me =1.5
    look~ straight through me =2
    walk~ .. past me =0.7
    walk~ .. past my desk =1
    n't .. fit in =1.5
    never .. fit in =1.5
    fit in =0.5
    tried to fit in =1
    try~ to fit in =1
    n't .. belong =1.5
    never .. belong~ =1.5
    n't fit the mold =1
    n't fit the profile =1
    not the right fit =1.5
    not a good fit =1.5
    not a fit =1
    n't the right fit =1.5
    n't a good fit =1.5
    culture fit =0.5
    someone younger =0.7
    someone .. years younger =1


    # round 3 (generalised): never the right kind
    too foreign =1
    not * enough for them =0.7
    n't * enough for them =0.7

    # round 5 (generalised): invisible in the room
    as if i wasn't in the room =2
    as if i wasn't even =1.5
    like i wasn't even =1.5
    as though i wasn't =2
    as though i weren't =2
    as if i weren't in the room =2

# ---------------------------------------------------------------------------------------------
facet avoidance
about Being avoided face to face: conversations that stop when I walk in, eyes that slide away, backs turned, circles that close, people keeping their distance.
source Wirth, J. H., Sacco, D. F., Hugenberg, K. & Williams, K. D. (2010). Eye gaze as relational evaluation: averted eye gaze leads to feelings of ostracism and relational devaluation. Personality and Social Psychology Bulletin 36(7), 869-882; Williams (2007), Ostracism.

    whisper~ about me =1.5
    talk~ about me behind my back =1.5
    behind my back =0.5
    went cold on me =1.5
    go~ cold on me =1.5
    turn~ cold on me =1.5
    turned cold =0.5
    cool~ toward me =1
    cold reception =1.5
    chilly reception =1.5
    frosty reception =1.5
    cool reception =1
    kept their distance =1
    keep~ their distance =1
    distanc~ themselves from me =2
    distanc~ herself from me =2
    distanc~ himself from me =2
    distanc~ themselves =1
    distanc~ .. from me =1.5
    n't .. notice me =1.5
    nobody saw me =0.7
    never .. look~ my way =1.5
    n't .. look~ my way =1.5
    n't .. look at me =1.5
    n't look me in the eye =1.5
    just look~ at each other =1
    look~ at each other when i =1.5
    look~ at each other and change~ the subject =1.5
    exchang~ a look =0.7
    exchang~ glances =0.7
    shared a look =0.7
    suddenly found a reason to =1.5
    found a reason to =0.5
    find~ a reason to leave =1
    treat~ me like a stranger =2
    like a stranger =0.5
    like .. n't know me =1.5
    pretend~ not to see me =2
    pretend~ .. n't see me =2
    pretend~ not to know me =2
    pretend~ .. n't know me =2
    cross~ the street =0.5
    cross~ the street to avoid =2
    avoid~ me =1.5
    avoid~ my eye~ =1.5
    avoid~ my gaze =1.5
    avoid~ eye contact =0.7
    avoid~ me like the plague =2
    like i was contagious =2
    as if i was contagious =2
    as if i were contagious =2
    afraid to be around me =1.5
    afraid of me =0.7
    slid over me =1
    slide~ over me =1
    eyes slid =0.7
    glanc~ past me =1.5
    look~ away =0.3
    kept walking =0.3
    look~ straight at me and =0.5
    looked me up and down =0.7
    look~ me up and down =0.7
    dirty look~ =0.7
    side-eye =0.7
    roll~ .. eyes when i =1.5
    room fell silent =1
    everyone stopped talking =1.5
    everybody stopped talking =1.5
    laughed when i =0.7
    look~ over my shoulder when i =1.5
    person behind me =0.3
    went quiet when i =1.5
    go~ quiet when i =1.5
    went silent when i =1.5
    fell silent when i =1.5
    fall~ silent when i =1.5
    stop~ talking when i =2
    conversation~ stop~ =1
    conversation~ stop~ when =1.5
    conversation .. dried up =1
    dried up when i =1.5
    everybody went quiet =0.5
    everyone went quiet =0.5
    room went quiet =0.5
    laughter stop~ =1
    when i walk~ in =0.3
    whenever i walk~ in =0.7
    when i came into =0.3
    when i walk~ up =0.5
    when i came near =0.5
    lowered voices =1
    lower~ their voices =1.5
    inside joke~ =0.5
    in-joke~ =0.5
    private joke~ =0.7
    not in on the joke =1.5
    in on the joke =0.5
    n't in on =1
    turn~ back to their =1
    turned back to their conversation~ =1.5
    turn~ back to each other =1.5
    turn~ away from me =1.5
    turn~ their back~ =1.5
    turn~ * back to me =1.5
    backs to me =1.5

    # round 2 (generalised): conversations that die, people who go the other way
    go~ quiet the minute =1.5
    go~ quiet the second =1.5
    go~ quiet the moment =1.5
    go~ quiet as soon as =1.5
    stop~ when i walk~ =1.5
    stop~ when you walk~ =1.5
    stop~ because you've walked =1.5
    the second you walk~ in =1
    the moment i walk~ in =1
    the minute i walk~ in =1
    conversation die~ =1.5
    conversation~ .. die~ when =1.5
    trail~ off when i =1.5
    start~ up again the moment =1.5
    start~ up again as soon as =1.5
    start~ up again once =1
    walk~ the other way =1.5
    went the other way =1
    head~ the other way =1
    smile~ and turn~ =1
    smile~ .. turn~ away =1.5
    smile~ and turn~ back =1.5
    like i was a stranger =1.5
    as if i were a stranger =1.5
    as if i was a stranger =1.5

    goes quiet the minute =1.5
    goes quiet the second =1.5
    goes quiet the moment =1.5
    goes quiet when i =1.5
    goes silent when i =1.5
    pretend~ .. wasn't there =2
    pretend~ i .. n't exist =2
    move~ seats when i =1.5
    move~ away from me =1
    get~ up and leave~ when i =1.5
    get~ up and move~ when i =1.5


    # round 3 (generalised): talk that stops when I arrive, being avoided in the street
    stop~ talk~ as i =1.5
    stop~ talk~ .. walk~ in =1.5
    stop~ talk~ .. walk~ up =1.5
    stop~ talk~ .. came in =1.5
    stop~ talk~ .. sat down =1.5
    cross~ the road =0.5
    cross~ the road to avoid =2
    pretend~ not to be home =1.5
    pretend~ .. n't home =1.5
    look~ .. past me =1.5
    look~ straight past me =2
    turn~ her back =1
    turn~ his back =1
    turn~ and walk~ away =1
    turn~ and walk~ off =1

    # round 4 (generalised): talk that stops, sudden interest in a phone, groups that close as I arrive
    all stop~ talking =1.5
    they stop~ talking =1
    everyone stop~ talk~ =1.5
    everybody stop~ talk~ =1.5
    stop~ mid-sentence =1
    chat stop~ =1
    chatter stop~ =1
    suddenly fascinated by =1.5
    suddenly very interested in =1.5
    suddenly interested in their =1
    study~ his phone =0.7
    study~ her phone =0.7
    study~ their phone~ =0.7
    until i was gone =1.5
    until i'd gone =1.5
    until i had gone =1.5
    until i've gone =1.5
    until i'd passed =1
    just as i reach~ =1
    just as i arrive~ =1
    just as i get~ there =1
    right before i reach~ =1
    fill~ up right before =1.5
    before it get~ to me =1
    edge of the .. circle =1.5
    pull~ away .. as i =1
    pull~ away .. while i =1
    drive~ off .. as i =1
    drive~ away .. as i =1
    walk~ past me =0.7
    move~ me on =1.5
    move~ me along =1.5
    n't serve me =1.5
    follow~ me around the =1
    clutch~ her bag =1
    clutch~ her purse =1
    clutch~ their bag~ =1

    # round 5 (generalised): empty seats around me, the hush when I walk in
    empty seats around me =2
    empty chairs around me =2
    count~ the chairs =0.7
    seat~ around me =1
    hush .. when * walk~ =1.5
    move~ .. to the far side =0.7

# ---------------------------------------------------------------------------------------------
facet estrangement
about Cut off by family, partners and their circles: not spoken to in years, hung up on, written out, cropped from photos, kept from the grandchildren, friends who took the other side.
source Agllias, K. (2017). Family Estrangement: A Matter of Perspective. Routledge; Scharp, K. M. (2019). "You're not welcome here": A grounded theory of family distancing. Communication Research 46(4), 427-455.

    chose .. over me =1.5
    choose~ .. over me =1.5
    pick~ .. over me =1
    took his side =1
    took her side =1
    took their side =0.7
    side~ with him =0.7
    side~ with her =0.7
    got the friends =1.5
    kept the friends =1.5
    crop~ me out =2
    cropped me out =2
    cropped out =1.5
    edit~ me out =1.5
    airbrush~ me out =2
    erased me =1.5
    erase~ me from =2
    wrote me out =2
    write~ me out =2
    left out of the photo~ =2
    left out of the picture~ =2
    never in the photos =1.5
    never in the pictures =1.5
    not in the picture =0.5
    hold the camera =0.3
    where mine used to =1
    took down my photo~ =1.5
    took down my picture~ =1.5
    took my photo~ down =1.5
    took my picture~ down =1.5
    take~ down my photo~ =1.5
    n't come to my wedding =2
    n't come to my graduation =1.5
    n't come to my =1
    skip~ my wedding =1.5
    never came to a single =1.5
    never came to one of my =1.5
    never came to my =1
    link to the livestream =1
    hung up on me =2
    hang~ up on me =2
    sent me to voicemail =2
    send~ me to voicemail =2
    sent .. to voicemail =1.5
    send~ .. to voicemail =1.5
    straight to voicemail =1
    screen~ my call~ =1.5
    n't pick~ up my call~ =2
    never pick~ up my call~ =2
    n't pick~ up since =1.5
    n't pick~ up when =1.5
    won't pick up =1.5
    won't answer =1.5
    n't .. spoken to me =2
    n't speak~ to me =1.5
    not speak~ to me =1.5
    not talking to me =1.5
    n't talk~ to me anymore =1.5
    won't talk to me =1.5
    n't spoken in years =1.5
    n't spoken since =1.5
    n't talked since =1
    n't talked in years =1
    not family =1.5
    n't family =1.5
    not really family =1.5
    estrange~ =1.5
    estranged from =2
    no contact =0.7
    forgot i existed =2
    forget~ i exist =2
    told me not to come =1.5
    told me never to come back =2
    told me to shut up =1
    trip photos =0.3
    trip pictures =0.3
    don't come back =0.7
    don't bother coming =1.5
    no son of mine =2
    no daughter of mine =2
    dead to me =1.5
    dead to them =1.5
    n't let me see the grandkids =2
    n't let me see my =1.5
    keep~ the grandkids from me =2
    kept the grandkids from me =2
    kept the kids from me =2
    keep~ me from seeing =1.5
    kept me from seeing =1.5
    disinherit* =1.5
    out of the will =1.5
    golden child =1.5
    his new family =1
    her new family =1
    like i never existed =2
    as if i never existed =2

    # round 2 (generalised): cropped, photoshopped, left off
    cropped .. at my =1.5
    cropped .. along my =1.5
    crop~ me from =2
    photoshop~ me out =2

    look~ for my name =1
    look~ for my own name =1
    look~ for my face =1
    look~ for my own face =1
    search~ for my name =1
    my name wasn't =1.5
    my name was missing =1.5
    left my name off =2
    n't mention me =1.5
    never mentioned me =1.5
    no mention of me =1.5

    # round 4 (generalised): no place set for me, photos of me taken down, removed as next of kin
    no place set for me =2
    no place for me at =1.5
    take~ down .. photo~ of me =1.5
    photo~ of me .. taken down =1.5
    n't in the obituary =2
    not in the obituary =2
    no longer .. emergency contact =1.5
    took me off as =1.5

# ---------------------------------------------------------------------------------------------
facet gatekeeping
about Refusal by institutions and gatekeepers: applications, auditions, admissions, clubs and congregations, the door staff; "other candidates", "not the right fit".
source Rivera, L. A. (2012). Hiring as cultural matching: the case of elite professional service firms. American Sociological Review 77(6), 999-1022; Leary (Ed.) (2001), Interpersonal Rejection.

    move forward with other candidates =2
    moving forward with other candidates =2
    other candidates =0.7
    with other candidates =1.5
    go~ with someone else =1
    went with someone else =1.5
    went with another candidate =1.5
    position * been filled =1.5
    regret to inform =1.5
    thank you for your interest =0.5
    after careful consideration =0.7
    not to move forward =1.5
    not moving forward =1
    form letter~ =1
    not what .. looking for =1.5
    overqualified =1
    denied entry =1.5
    denied membership =2
    denied admission =1.5
    denied tenure =1.5
    n't get a callback =1.5
    no callback =1.5
    never got a callback =1.5
    n't get the part =1.5
    n't get into =0.7
    waitlist* =0.7
    wait-listed =0.7
    turned down my =1.5
    turn~ my application down =1.5
    turn~ us down =1.5
    that's all we need =0.7
    thank~ me for my years =1
    for my years of service =0.7

    # round 2 (generalised): "already filled", "suddenly gone"
    just been filled =1.5
    position .. filled =1.5
    already been filled =1.5

    n't get the job =1
    application .. unsuccessful =1.5
    unsuccessful on this occasion =1.5
    decided not to proceed =1.5
    not to proceed with your =1.5
    n't be moving forward =1.5

    # round 3 (generalised): hiring and membership euphemisms
    cultural fit =1.5
    a better fit =0.7
    go~ with a candidate =1.5
    go~ in another direction =1.5
    decided to go in another direction =2
    we've decided to go with =1.5
    they decided to go with =1
    not renewed =1
    n't renew~ my =1.5
    decided not to renew =1.5
    need not apply =1.5
    needn't apply =1.5
    keep~ your .. on file =1.5
    waiting list =0.5

    # round 4 (generalised): roles "reimagined", doors held for everyone else
    my role .. eliminate~ =1
    my position .. eliminate~ =1
    my job .. eliminate~ =1
    saw my record =1
    my name came off =1.5
    ran my record =1
    bouncer =0.5
    wave~ in everyone =1.5
    let in everyone =1
    everyone behind me =1
    worship~ somewhere else =1.5
    worship~ elsewhere =1.5
    another church might =1
    another parish might =1

# ---------------------------------------------------------------------------------------------
# Exclusions: technical, medical, legal and everyday senses that are not social rejection.
    - reject~ the null
    - reject~ a null
    - reject~ * null hypothesis
    - null hypothesis               # guard only: no entry matches this on its own
    - rejected parts
    - reject~ part~
    - rejection sampling
    - rejection rate~
    - transplant rejection
    - organ rejection
    - graft rejection
    - reject~ the idea
    - reject~ the notion
    - reject~ the premise
    - reject~ the claim
    - reject~ the argument
    - reject~ the hypothesis
    - reject~ the offer
    - reject~ the proposal
    - reject~ the view
    - reject~ the theory
    - ghost kitchen~                # guard only: there is no bare ghost entry
    - screen ghosting
    - monitor ghosting
    - ghosting artifact~
    - shut~ out the noise
    - shut~ out the light
    - shut~ out the world           # self-withdrawal; counted under isolation instead
    - shut~ out the cold
    - shut~ out distractions
    - shut~ down the computer       # guard only
    - cut~ me off in traffic
    - cut~ me off on the highway
    - cut~ me off on the freeway
    - dropped me off
    - drop~ me off
    - drop~ me a line
    - drop~ me a note
    - drop~ me a message
    - drop~ me an email
    - turned down the
    - left out the part
    - left out the details
    - left out the fact
    - left out a word
    - left it out
    - leave it out
    - left that out
    - case was dismissed
    - charges were dismissed
    - dismiss~ the case
    - dismiss~ the charges
    - class dismissed
    - class was dismissed
    - dismissed the idea
    - dismissed it as
    - abandoned building~
    - abandoned house~
    - abandoned car~
    - abandoned factory
    - abandoned warehouse
    - abandoned mine~
    - abandon ship
    - abandon~ the project
    - abandon~ the plan
    - abandon~ the idea
    - disposable income
    - disposable cup~
    - disposable camera~
    - disposable diaper~
    - disposable razor~
    - disposable glove~
    - disposable plate~
    - refuse collection
    - refuse bin~
    - refuse truck~
    - refuse disposal
    - behind closed doors
    - closed doors meeting~
    - unanswered question~
    - excluded from the analysis
    - excluded from analysis
    - excluded from the study
    - excluded from the sample
    - exclusion criteria
    - exclusion zone~
    - exclusion clause~
    - ignor* the warning~
    - ignor* the signs
    - ignor* the noise
    - ignor* the advice
    - ignor* the rules
    - crickets chirp~
    - invisible hand
    - invisible ink
    - invisible to the naked eye
    - pushed away the
    - push~ away the
    - kicked out of the game
    - shot down a
    - shot down the
    - left behind the
    - on the outside of
    - unheard of
    - unwanted hair
    - unwanted pregnanc*
    - unwanted advances
    - unwanted attention
    - unwanted side effect~
    - unwanted noise
    - unwanted call~
    - unwanted email~
    - unwelcome advances
    - unwelcome news
    - remov~ me from * list
    - remov~ me from the mailing list
    - get lost in
    - easy to get lost

    # everyday senses of the new cue words
    - i stop~ invit~
    - we stop~ invit~
    - i finally stop~ invit~
    - turn~ away customers
    - turned away * customers
    - i turned down
    - we turned down
    - i turn~ down
    - reject~ my own
    - rejected my own
    - unfollow~ a
    - unfollow~ the
    - unfollow~ some
    - unfollow~ accounts
    - no reply needed
    - no reply necessary
    - no reply required
    - no response needed
    - no response necessary
    - no invitation needed
    - no invitation necessary
    - door~ close~ at
    - ignor* the problem~
    - ignor* the issue~
    - ignor* the leak~
    - ignor* the pain
    - ignor* the mess
    - ignor* the symptom~
    - ignor* the smell
    - ignor* the alarm~
    - ignor* the bill~
    - ignor* the forecast
    - ignor* the instruction~
    - ignor* the squeak*
    - ignor* the crack~
    - ignor* the weather
    - ignor* the check engine
    - ignor* the * light
    - where .. left off
    - left off where
    - secondhand store~
    - secondhand shop~
    - secondhand smoke
    - secondhand book~
    - secondhand clothes
    - secondhand clothing
    - secondhand furniture
    - secondhand car~
    - bought it secondhand
    - cross~ * off the list
    - check~ * off the list
    - tick~ * off the list
    - fit in the
    - fit in my
    - fit in a
    - fit in our
    - fit in your
    - fit in his
    - fit in her
    - fit in their
    - fit in time
    - nobody but me
    - no one but me
    - none but me
    - last picked up
    - well tolerated
    - no contact lens*
    - need~ room for
    - make room for the
    - found a new job
    - found a new apartment
    - found a new place
    - found a new recipe
    - like a ghost town

    # round 2: objects and machines that "reject", switched-off receipts, hypotheticals that did not happen
    - reject~ my card
    - reject~ my badge
    - reject~ my payment
    - reject~ my ticket
    - reject~ * sample
    - reject~ my * sample
    - reject~ * batch
    - reject~ a whole batch
    - reject~ the mesh
    - reject~ the implant
    - body * reject~
    - our rejects
    - the rejects
    - read receipts off
    - turn~ off read receipts
    - turn~ off * read receipts
    - i'd feel~ left out
    - i'd feel~ shut out
    - i'd feel~ rejected
    - i'd feel~ excluded
    - i'd be left out
    - i'd be rejected
    - i'd be excluded
    - i'd get ghosted
    - i'd be ghosted
    - i'd get rejected
    - like to be excluded
    - love to be excluded
    - there's no answer
    - is no answer
    - no answer to
    - not in it for
    - n't pick~ me up
    - n't choose~ me a
    - rejected by the machine
    - reject~ by the system

    # round 3: literal senses seen in new writers' "none" passages
    - reject~ .. batch
    - reject~ .. shipment~
    - crate~ .. reject~
    - shipment~ .. reject~
    - rejected draft~
    - door~ close~ behind the
    - hire~ outsiders
    - from the sideline~
    - anybody but me
    - anyone but me
    - not one of us could
    - not one of us can
    - not one of us would
    - not one of us will
    - not one of us knew
    - not one of us had
    - not one of us has
    - abandoned cup~
    - change~ the lock~ after
    - change~ the lock~ when we
    - change~ the lock~ on the

    # round 4: literal and hypothetical senses seen in new writers' "none" passages
    - leave~ the package
    - leave~ the parcel
    - leave the .. alone
    - expect~ to feel~ rejected
    - braced for a rejection
    - bracing for a rejection

    # round 5: literal and hypothetical senses seen in new writers' "none" passages
    - dropped me at
    - drop~ me at
    - turn~ down our .. offer
    - must feel excluded
    - must feel left out
    - rejected by the * inspector
