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

lexicon essay-themes
version 2026.11.0
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme rejection
about Social exclusion and its pain: being shut out, turned away, ignored, ghosted, snubbed, dismissed or refused; doors that close.

# ---------------------------------------------------------------------------------------------
facet explicit-rejection
about The explicit vocabulary of rejection, exclusion and ostracism, and being cast out.
source Williams, K. D. (2007). Ostracism. Annual Review of Psychology 58, 425-452; Leary, M. R. (Ed.) (2001). Interpersonal Rejection. Oxford University Press.

    rejected =2
    rejection =2
    rejections =2
    reject~ =1.5
    fear of rejection =2
    excluded =1.5
    exclusion =1.5
    exclusionary
    exclud~ me =2
    exclud~ us =1.5
    exclude~ her
    exclude~ him
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
    casts out =1.5
    cast me out =2
    cast aside =1.5
    cast me aside =2
    cast off =0.5
    kick~ out =1
    kick~ me out =1.5
    kick~ us out =1.5
    kicked out of =1.5
    threw me out =1.5
    thrown out of
    turned away =0.5
    turn~ me away =1.5
    turn~ us away =1.5
    was turned away =1.5
    got turned away =1.5
    turned down
    turn~ me down =1.5
    got turned down =1.5
    refus~ =0.5
    refus~ me =1.5
    refus~ to see me =2
    refus~ to talk to me =2
    refus~ to speak to me =2
    refus~ to meet =1.5
    refus~ to answer =1.5
    refus~ to acknowledge me =2
    refus~ to let me in =2
    unwanted =1.5
    unwelcome
    unwelcomed
    not welcome =1.5
    wasn't welcome =1.5
    weren't welcome =1.5
    no longer welcome =2
    not welcome here =2
    made me feel unwelcome =2
    passed over =0.5
    picked last =1.5
    never picked
    never chosen =1.5
    not chosen =1.5
    wasn't chosen =1.5
    second choice
    an afterthought =1.5
    afterthought
    abandon~ =1.5
    abandonment =2
    abandon~ me =2
    dumped me =2
    dump~ me =1.5
    got dumped =2
    broke up with me
    break~ up with me
    left me for =1.5
    walk~ out on me =1.5
    walked out on us =1.5
    walk~ away from me =1.5
    turn~ * back on me =2
    turn~ their backs on me =2
    turn~ their backs on =1.5
    turn~ * back on
    dropped me =1.5
    drop~ me =1
    dropped me like =2
    replace~ me
    replaceable
    easily replaced =1.5
    disposable =0.5
    discarded =0.5
    feel~ discarded =2
    felt discarded =2
    threw me away =2
    tossed aside =1.5
    toss~ me aside =2
    pushed away =0.5
    push~ me away =1.5
    pushed out =0.5
    push~ me out =1.5
    push~ out of =0.5
    squeezed out =0.5
    alienat* me
    rejection letter~ =1.5

# ---------------------------------------------------------------------------------------------
facet shut-out
about Doors that close: being shut out, frozen out, cut off, blocked, kept at arm's length, cut out of someone's life.
source Eisenberger, N. I., Lieberman, M. D. & Williams, K. D. (2003). Does rejection hurt? An fMRI study of social exclusion. Science 302(5643), 290-292; Williams, K. D., Cheung, C. K. T. & Choi, W. (2000). Cyberostracism. JPSP 79(5).

    shut~ me out =2
    shut~ us out =2
    shut~ out =1
    shut out of =1.5
    shut~ * door in my face =2
    shut~ the door on me =2
    shut~ * door on me =2
    shut~ * door on =1.5
    slam~ * door in my face =2
    slam~ * door on me =2
    slam~ * door =0.5
    slammed door~ =0.5
    door~ slam~ =0.5
    close~ * door on me =2
    close~ * door on =1.5
    the door stay~ closed =1.5
    door~ stay~ closed =1.5
    door~ remain~ closed =1.5
    door~ * closed on me =2
    door~ close~ on me =2
    door~ * shut in my face =2
    door~ * in my face =1.5
    every door * closed =1.5
    door~ kept closing =1.5
    door~ * closing on me =1.5
    closed door~ =0.5
    locked out of =0.5
    froze me out =2
    froze us out =2
    froze her out =1.5
    froze him out =1.5
    freez~ me out =2
    freez~ us out =2
    frozen out =1.5
    cold shoulder =2
    cold-shoulder~ =2
    kept at arm's length =1.5
    keep~ me at arm's length =2
    kept me at arm's length =2
    at arm's length =0.5
    close~ ranks
    walled off =0.5
    cut~ me off =1.5
    cut~ us off =1.5
    cut~ me out =1.5
    cut~ * out of * life =2
    cut~ me out of =1.5
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
    blocked on social media =2
    unfriended =1.5
    unfriend =1.5
    unfriending =1.5
    unfollow~
    mute~ me
    remov~ me from =1.5
    remov~ from the group =1.5
    kick~ me out of the group =2
    left out of the group chat =2
    group chat without me =2
    new group chat =0.5
    on the outside looking in =2
    outside looking in =1.5
    on the outside =0.5
    out in the cold =0.5
    left out in the cold =2
    odd one out =1.5
    odd man out =1.5
    third wheel
    fifth wheel =0.5
    outsider
    outsiders =0.5
    out-group
    outgroup
    clique~ =0.5
    cliquey
    cliquish
    no seat at the table =1.5
    no seat for me =1.5
    no place for me
    no room for me =0.5

# ---------------------------------------------------------------------------------------------
facet not-invited
about Exclusion from gatherings, plans and group chats: not invited, left out, everyone but me.
source Baumeister, R. F. & Leary, M. R. (1995). The need to belong. Psychological Bulletin 117(3), 497-529; Williams (2007), Ostracism.

    left out =1.5
    felt left out =2
    feel~ left out =2
    left out of =1.5
    left me out =1.5
    leave~ me out =1.5
    left us out =1.5
    left * out of
    not invited =2
    wasn't invited =2
    weren't invited =1.5
    never invited =1.5
    never invite~ me =2
    didn't invite me =2
    don't invite me =1.5
    doesn't invite me =1.5
    didn't get invited =2
    never get invited =2
    never got invited =2
    stop~ inviting =2
    stop~ asking me
    no longer invited =2
    no longer invite~ me =2
    uninvit* =1
    disinvit* =1.5
    not on the guest list =2
    left off the guest list =2
    left off the list =1.5
    off the guest list =1.5
    the only one not invited =2
    everyone but me =1.5
    everyone except me =1.5
    everybody but me =1.5
    everybody except me =1.5
    invited everyone but me =2
    went without me =1.5
    go~ without me
    plans without me =1.5
    made plans without me =2
    hung out without me =1.5
    hang~ out without me =1.5
    party without me
    move~ on without me
    moved on without me
    found out on instagram
    found out on facebook
    without inviting me =2
    never included =1.5
    wasn't included =1.5
    never include~ me =1.5
    didn't include me =1.5

# ---------------------------------------------------------------------------------------------
facet ghosted-and-ignored
about Silence as exclusion: ghosting, left on read, unanswered messages, the silent treatment, being ignored.
source Williams, K. D. (2001). Ostracism: The Power of Silence. Guilford; Williams, Cheung & Choi (2000), Cyberostracism.

    ghosted =2
    ghosting =1.5
    ghost~ me =2
    ghost~ us =1.5
    ghost~ him
    ghost~ her
    ghost~ them
    got ghosted =2
    left on read =2
    left me on read =2
    leave~ me on read =2
    leave~ * on read =1.5
    left * on read =1.5
    on read
    left on delivered =2
    left on seen =2
    seen-zoned =1.5
    seenzoned =1.5
    read receipt~ =0.5
    blue ticks =0.5
    ignored =1
    ignoring =0.5
    being ignored =1.5
    feel~ ignored =2
    felt ignored =2
    ignor* me =2
    ignor* us =1.5
    ignor* my text~ =2
    ignor* my message~ =2
    ignor* my call~ =2
    ignor* my email~ =1.5
    ignor* my letter~ =1.5
    silent treatment =2
    stonewal* =1.5
    radio silence =1.5
    dead silence =0.5
    met with silence =1.5
    meet~ with silence =1.5
    nothing but silence =1.5
    crickets =0.5
    no reply
    no response =0.5
    never reply~ =1.5
    never respond~ =1.5
    never responded =1.5
    didn't reply
    didn't respond
    didn't answer =0.5
    never answer~
    never answer~ my =1.5
    didn't answer my =1.5
    never heard back =1.5
    never hear~ back =1.5
    didn't hear back
    haven't heard back
    never heard from * again =1.5
    heard nothing back =1.5
    heard nothing =0.5
    unanswered
    vanish~ from my life =1.5
    disappear~ from my life =1.5
    disappear~ on me =1.5
    vanish~ on me =1.5
    dropped off the face of the earth
    went silent on me =2
    gone silent
    go~ silent on me =1.5
    went quiet on me =1.5
    go~ quiet on me =1.5
    went dark on me =1.5
    forgot about me =1.5
    forgotten about me =1.5
    forget~ about me
    forgot my birthday =2
    forgotten my birthday =2
    forget~ my birthday =2
    no one remember~ my birthday =2
    nobody remember~ my birthday =2
    birthday was forgotten =2
    feel~ forgotten =1.5
    felt forgotten =1.5

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
    brush~ us off =1.5
    brush~ him off
    brush~ her off
    brushed off
    brush-off =1.5
    blew me off =2
    blew us off =1.5
    blow~ me off =2
    blown off
    stood me up =2
    stand~ me up =1.5
    got stood up =2
    flake~ on me =1.5
    bail~ on me =1.5
    cancel~ on me =1.5
    shot me down =1.5
    shoot~ me down =1.5
    shot down =0.5
    talk~ over me =1.5
    talked over me =1.5
    spoke over me =1.5
    laugh~ at me =0.5
    mock~ me =0.5
    made fun of me =0.5
    make~ fun of me =0.5
    talk~ down to me
    condescend* =0.5
    belittl* =0.5
    humiliat* =0.5
    get lost =0.5
    told me to get lost =2
    told me to leave =1.5
    told to leave
    asked me to leave =1.5
    asked to leave
    told me to go away =2
    go away =0.5
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
    looked down on me
    look~ down on me
    wouldn't even look at me =2
    won't even look at me =2
    wouldn't look at me =1.5
    won't look at me =1.5

# ---------------------------------------------------------------------------------------------
facet social-pain
about The felt hurt of exclusion: social pain, the sting, feeling unwanted, unloved and abandoned.
source Eisenberger, Lieberman & Williams (2003), Does rejection hurt?; MacDonald, G. & Leary, M. R. (2005). Why does social exclusion hurt? Psychological Bulletin 131(2), 202-223.

    social pain =2
    cyberball
    cyberostracism =2
    it stings
    that stung
    stung =0.5
    slap in the face
    punch in the gut =0.5
    gut punch =0.5
    gut-punch =0.5
    unloved =1.5
    unlovable =1.5
    unloveable =1.5
    feel~ unwanted =2
    felt unwanted =2
    feel~ abandoned =2
    felt abandoned =2
    fear of abandonment =2
    left behind =0.5
    feel~ left behind =1.5
    felt left behind =1.5
    rejection hurts =2
    hurt of rejection =2
    pain of rejection =2
    sting of rejection =2
    never good enough for them
    not good enough for them
    worthless =0.5

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
    walked past me
    like i wasn't there =2
    like i wasn't even there =2
    as if i wasn't there =2
    like i didn't exist =2
    as if i didn't exist =2
    like i don't exist =2
    as if i don't exist =2
    unseen =0.5
    unheard
    overlooked =0.5
    no one notice~ =1
    nobody notice~ =1
    no one would notice =2
    no one would even notice =2
    nobody would notice =2
    nobody would even notice =2
    would anyone even notice =1.5
    would anyone notice =1.5
    wouldn't even notice =1.5
    no one would miss me =2
    nobody would miss me =2
    no one would care =1.5
    nobody would care =1.5
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
    never belonged =1.5
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
    never fitted in =1.5
    didn't fit anywhere =1.5
    misfit~

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
    - shut~ it out
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
    - turn~ down the volume
    - turn~ down the heat
    - turn~ down the music
    - turn~ down the lights
    - turn~ down the thermostat
    - turn~ it down
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
    - go away for
    - left behind the
    - left it behind
    - left them behind
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
    - fifth wheel trailer~
