# anomie.lex: default lexicon for the "anomie" theme of github.com/essaylab/themes.
#
# Durkheim's normlessness as essayists and posters describe it: rules and shared norms that no
# longer guide, loss of moral gravity and shared meaning, disorientation, disillusionment and
# distrust, aimlessness, everyone-for-themselves, and a culture that fragments community.
# No validated anomie text dictionary exists (see anchors.md section 4); entries are seeded from
# the survey scales (Srole 1956 anomia; Teymoori et al. 2016 Perception of Anomie Scale, with its
# two dimensions: breakdown of social fabric, breakdown of leadership) and from the essay register.
# Weights: 0.5 weak or ambiguous, 1 ordinary (default), 1.5-2 strong and explicit.
#
# Decisions: no bare "norm"/"norms"/"rules"/"values"/"change"/"lost" entries: they are far too
# common in neutral text; they appear only inside phrases. Stem notes: stem(anomic)=anom and
# stem(anomie)=anomi, so the forms are listed exactly; stem(atomized)=atom collides with "atom",
# so atomiz*/atomis* forms are exact words; stem(disoriented)=disori but
# stem(disorientation)=disorient, hence disorient*; stem(disillusioned)=disillus but
# stem(disillusionment)=disillusion, hence disillusion*.
#
# Round 2 (generalisation): added general forms instead of passage-specific phrases: British
# "any more" twins of every "anymore" entry; "meant to" beside "supposed to"; negator-inside forms
# for frames that a preceding "don't know / can't / nobody" would otherwise negate ("n't know what
# i'm supposed", "nobody .. anymore", "nobody take~ anything seriously"); right/wrong and decency
# no longer known ("what a good * was", "used to know what", "is wrong anymore"); nobody agrees,
# enforces or is in charge; meaning drained ("any of it meant", "stop~ meaning", "what i'm for",
# "is even for"); "what * believed in"; structure gone after work/army/faith. Removed weak cues
# that fired in other themes' or "none" passages and never helped (pews, the vfw, sunday dinner,
# rituals, pension, the mill, the factory, the map, these days, durkheim, institution, ...).
# A bare "anymore" =0.3 is a deliberate weak cue: "doesn't X anymore" is negated by its own n't,
# so it counts mainly in "nobody/what ... anymore", which leans to this theme.
#
# Round 3 (new voices: global English, trades and veterans, advice letters): general frames the
# lexicon lacked: nobody knows what's allowed, nobody stops anyone ("who's gonna stop me"), "since
# everyone does", selective enforcement, nobody to complain to, "try that now"; who/what to believe,
# everyone's own truth; "not sure / no idea what ... for/anymore" with the negator inside; days that
# melt together or are all Saturdays, "told me who I was", nothing to do with myself after work;
# honesty and decency gone quaint. Removed bare cues that fired only wrongly (the pitch, the
# territory, the parade, the script, nobody remembers, means nothing, no rules).
#
# Round 4 (new voices: arts and academia, clubs/fandoms/faith, city service work, columnists):
# values picked to taste, everything negotiable, nothing weighing more than anything else, nobody
# surprised or blinking, standards slipping, "used to be you could"; whose rules, rules that are only
# suggestions or contradict each other, the reasons behind rules forgotten ("nobody can say why",
# "meant to be for"), nobody queues or waits their turn; belief drained ("nobody believes any",
# "no real belief"), days that run into each other, no reason to get dressed, "don't know what X
# is for" and "can't tell what X means anymore" with the negator inside (a preceding can't/don't
# otherwise negates the frame), what took the old order's place. Tried and dropped: "out of habit",
# "nobody argues" (fired in other passages).
#
# Round 5 (new voices: health and care, parents and schools, mobile and outdoor lives, reflective
# and spiritual writing): rules that differ or contradict ("own rulebook", "contradict~", "different
# versions of the truth/law/rules", "tell me something different", "the law is whatever", "up for
# negotiation"), the code and the script that used to hold ("used to be a code", "no moral code",
# "tear up the script", "had a script for"); the day without structure after discharge, retirement,
# the monastery or the children leaving (structure~ =0.5, "no timetable", "lose the routine", "sort
# of drift", "telling me when to", bells that ran the day), days that copy each other, meaning that
# weighs nothing or counts for nothing, "a world that made sense", the ground moving underfoot,
# pretending to know; faith in institutions in the past tense ("believed in the" =0.5), stated
# values nobody keeps (integrity =0.5), the sacred reduced to a tick-box; ordinary cheating (=0.5,
# romantic, dieting and game senses excluded); filming each other for likes; the chapel in the
# chain of closures. Hedged or dropped candidates that a "none" passage would plausibly write
# (a vibe, merch, policy says, say one thing, what holds .. together, whether I'm allowed, the why,
# weightless, no two people, different rules). Removed cues that fired only in other labels: lost
# its way, at sea, bowling alone, choir folded, loyalty, potlucks, nobody keeps, i was told, were
# told to, drifting (=0.3), and "the rules changed"/"rules * changed" (literal rule changes in games
# and traffic); exclusions for old rules that still hold or apply, drift apart, bone/sentence
# structure. commandments 0.5 -> 1.

lexicon essay-themes
version 2026.11.2
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme anomie
about Durkheim's normlessness: rules and shared norms that no longer guide, loss of moral gravity and shared meaning, disorientation, disillusionment, aimlessness; a culture that fragments community.

# ---------------------------------------------------------------------------------------------
facet normlessness
about The explicit vocabulary of anomie: normlessness, eroding or absent norms, moral vacuum and decay.
source Durkheim, E. (1897). Le Suicide (anomic suicide); Durkheim, E. (1893). De la division du travail social (the anomic division of labour).

    anomie =2
    anomic =2
    anomy =2
    anomia =2
    normless =2
    normlessness =2
    moral vacuum =2
    moral void =2
    moral confusion =1.5
    moral decay =1.5
    moral decline =1.5
    moral collapse =1.5
    moral compass =0.5
    lost * moral compass =1.5
    no moral compass =1.5
    moral gravity
    moral anchor
    moral fabric
    collective conscience
    norms erod~ =1.5
    norms * erod~ =1.5
    erosion of norms =2
    erosion of * norms =2
    erod~ norms =1.5
    breakdown of norms =2
    breakdown of * norms =2
    collapse of norms =2
    loosening of norms =2
    norms * loosen~ =1.5
    absence of norms =2
    lack of norms =2
    no norms =1.5
    norms no longer =1.5
    norms don't apply =1.5
    shared norms =0.5
    social norms =0.5
    infinite aspiration =1.5
    alienation =0.5
    lawlessness

    # everyday words for the same thing
    no morals =1.5
    morals * gone =1.5
    right from wrong =1
    right and wrong =0.5
    what's right anymore =1.5
    what's right and what's wrong =1.5
    n't know what's right =1.5
    morally bankrupt =1.5
    moral rot =1.5
    no standards =1
    standards * gone =1
    no sense of shame =1.5
    anything for clicks =1.5
    whatever gets clicks =1.5
    everything is allowed =1.5
    everything's allowed =1.5
    anything is allowed =1.5
    nothing is off-limits =1.5
    nothing is off limits =1.5
    nothing is off the table =1
    no lines anymore =1.5
    no line~ anyone * cross =1.5
    lines you didn't cross =1.5
    lines you don't cross =1.5
    lines we didn't cross =1.5
    lines * washed =1
    lines * blurr~ =1
    blurred lines =0.5
    grey area =0.3
    gray area =0.3
    used to be shameful =2
    used to be ashamed =1.5
    used to be embarrass~ =1.5
    shameless~ =1
    god is dead =1.5
    no respect anymore =1.5
    nobody respects =1
    whatever happened to =0.5
    in this day and age =0.5
    everything is for sale =1.5
    everything's for sale =1.5
    price on everything =1
    anything for money =1
    all about the money =1
    money is the only =1.5
    for the clout =1
    chasing clout =1
    everything is fake =1.5
    it's all fake =1.5
    it's all performance =1.5
    all performance =1
    performative =0.5
    meant something =1
    handshake meant =1.5
    word meant something =1.5
    your word meant =1.5
    a handshake =0.5
    gold watch =0.5
    used to be the norm =1.5
    was the norm =1
    is the norm now =1.5
    became the norm =1.5
    the new normal =0.5
    it's normal now =1.5
    now it's normal =1.5
    is normal now =1.5
    became normal =1
    became acceptable =1.5
    is acceptable now =1.5
    used to be unacceptable =1.5
    used to be unthinkable =1.5
    everybody does it =1.5
    everyone does it =1.5
    everybody's doing it =1
    everyone's doing it =1
    double down =0.5
    raise money off =1
    soulless =1
    jaded =1
    naive to believe =1.5
    naive to think =1
    i was naive =0.5
    grew up believing =1
    raised to believe =1
    we were raised to =1
    raised to think =1
    we were taught =0.5
    turned out to be a lie =1.5
    turned out not to =1
    felt like a lie =1.5
    feels like a lie =1.5
    like a costume =1
    what happened to this country =1.5
    what happened to us =1
    we lost something =1
    something got lost =1
    something's been lost =1
    nowadays =0.3
    the bad guys win =1.5
    bad guys win =1.5
    the bad guys run =1.5
    who the bad guys were =1
    the worst people win =1.5
    worst people * rewarded =1.5
    get~ promoted =0.5
    get~ the bonus* =0.5
    go viral =0.5
    want to go viral =1
    someone else's country =1.5
    stranger in my own country =1.5
    recognise * country =1.5
    rewrite~ * values =1
    now it's a business =1
    it's a business now =1.5
    just a business =1
    everything is a business =1.5
    became a business =1
    not that deep =1
    nothing is deep =1
    nothing is serious =1
    nothing is taken seriously =1.5
    takes anything seriously =1.5
    take anything seriously =1
    the whistleblower =0.5
    cover-up =0.5
    covered it up =0.5
    tired of pretending =1
    pretend~ the system =1.5
    system doesn't work =1
    system doesn't work for =1.5
    was his word =1
    a man's word =1
    his word was =0.5
    whatever closes the deal =1.5
    whatever it takes =0.5
    whatever sells =1
    # British spelling: "any more" as two words
    what's right any more =1.5
    no lines any more =1.5
    no respect any more =1.5
    # round 2: general forms of "nobody knows what's right/decent any more"
    no such thing as right =1.5
    no right way to live =1.5
    what was right =0.5
    what is right =0.5
    what's right =0.5
    is even a thing =0.5
    what was decent =1
    what's decent =1
    what is decent =1
    is wrong anymore =1.5
    is wrong any more =1.5
    wrong anymore =1
    wrong any more =1
    whether .. was wrong =1
    whether .. is wrong =1
    you just don't do =1
    you just didn't do =1
    things you just don't =1.5
    things you just didn't =1.5
    things you didn't do =1
    everything's negotiable =1.5
    everything is negotiable =1.5
    everything is relative =1.5
    everything's relative =1.5
    it's all relative =1
    moral relativism =1.5
    relativism =1
    would have been sacked for =1.5
    would've been sacked for =1.5
    would have been fired for =1.5
    would've been fired for =1.5
    used to get you fired =1.5
    used to get you sacked =1.5
    would have been a scandal =1.5
    used to be a scandal =1.5
    used to know what =1.5
    what a good * was =1.5
    what a good * is =1
    what a good * looked like =1.5
    what a good * looks like =1
    know what a good =1.5
    work out what a good =1.5
    used to tell * what =1.5
    who decides what =1
    who gets to decide =1
    do~ whatever they want =1.5
    do~ whatever they like =1.5
    do what feels good =1.5
    whatever feels good =1.5
    care~ about anything anymore =1.5
    care~ about anything any more =1.5
    happened to decency =1.5
    world * lost its mind =1.5
    kids these days =0.5
    back in my day =0.5
    in my day =0.5
    generation had a =0.5
    generation had =0.5
    used to mean =1
    would've been unthinkable =1.5
    would have been unthinkable =1.5
    have been sacked for =1
    have been fired for =1
    n't work out what a good =1.5
    no manners =1.5
    manners * gone =1.5
    manners =0.3
    n't .. know it's wrong =1.5
    n't think it's wrong =1
    nobody thinks .. wrong =1.5
    no one thinks .. wrong =1.5
    stop~ being true =1.5
    things you just wouldn't =1.5
    things you wouldn't say =1
    things you couldn't say =1
    used to be things you =1.5
    who even decides =1.5
    what's polite =1
    what is polite =1
    what's acceptable =1
    what is acceptable =1
    what's allowed =0.5
    what was allowed =0.5
    used to have standards =1.5
    had standards =1
    everything is a transaction =1.5
    everything's a transaction =1.5
    everything is transactional =1.5
    everything's transactional =1.5
    why play fair =1.5
    play~ fair =0.5
    why .. is wrong =1
    why it's wrong =1
    why it matters =0.5
    still rude =1
    still polite =1
    still okay to =1
    still ok to =1
    end~ a career =1
    end~ careers =1
    nothing is anyone's fault =1.5
    nobody's fault anymore =1.5
    nobody's fault any more =1.5
    honesty get~ * nowhere =1.5
    the liars =1
    normal now =1
    everything i believed =1.5
    everything we believed =1.5
    just marketing =1
    all marketing =1
    # round 2: "nobody does X any more" (the negative pronoun is inside the phrase, so it is affirmed)
    anymore =0.3
    nobody .. anymore =0.5
    no one .. anymore =0.5
    nobody .. any more =0.5
    no one .. any more =0.5
    nobody care~ about .. anymore =1
    nobody care~ about .. any more =1
    properly anymore =1
    properly any more =1
    morality =0.5
    morals =0.5
    shook hands on =1
    who still believe~ =1

# ---------------------------------------------------------------------------------------------
    # round 4 (new writers: arts/academia, clubs/fandoms/faith, city service work, columnists):
    # norms that no longer settle anything: values picked to taste, everything up for negotiation,
    # nothing weighted above anything else, nobody surprised or bothered, standards slipping
    whatever values =1.5
    whatever * suit~ you =1
    whatever * suit~ them =1
    everything .. negotiable =1.5
    is a negotiation =1
    is negotiable now =1.5
    nothing .. more than anything else =1.5
    nothing weigh~ more =1
    no more important than anything =1.5
    nobody * surprised =1
    nobody surprised =1
    no one * surprised =1
    no one surprised =1
    nobody bats an eyelid =1.5
    no one bats an eyelid =1.5
    bat~ an eyelid =0.5
    nobody even blinks =1.5
    no one blinks =1
    no one even blinks =1.5
    nobody think~ .. worth mentioning =1.5
    no one think~ .. worth mentioning =1.5
    whether .. so bad =0.7
    whether .. really wrong =1
    wait~ to feel guilty =1.5
    n't even feel guilty =1
    used to be you =1
    it used to be that =0.7
    in the old days =0.5
    standards slip~ =1.5
    standards * slip~ =1.5
    standards have * slip~ =1.5
    lower~ the standards =0.7

facet rules-no-longer-guide
about The old rules, unwritten rules and social contract that no longer hold: anything goes, nobody plays by the rules.
source Durkheim (1897), Le Suicide; Merton, R. K. (1938). Social structure and anomie. American Sociological Review 3(5), 672-682.

    the old rules
    the old rules don't apply =2
    rules don't apply =1.5
    the rules don't apply anymore =2
    rules no longer apply =1.5
    rules * don't apply =1.5
    rules don't matter =1.5
    rules mean nothing =1.5
    rules keep~ chang~ =1.5
    don't know the rules anymore =2
    there are no rules =1.5
    no rules anymore =2
    nobody follow~ the rules =1.5
    no one follow~ the rules =1.5
    nobody play~ by the rules =2
    no one play~ by the rules =2
    play~ by the rules =0.5
    rules are for suckers =2
    anything goes =1.5
    everything is permitted =1.5
    no rulebook =1.5
    throw~ out the rulebook =1.5
    threw out the rulebook =1.5
    no playbook
    no compass
    unwritten rules =0.5
    social contract =0.5
    broken social contract =1.5
    social contract * broken =1.5
    social fabric =0.5
    fray~ of the social fabric =2
    tear~ * social fabric =1.5
    social fabric * fray~ =1.5
    social fabric * unravel~ =1.5
    society * unravel~ =1.5
    society * coming apart =1.5
    society * falling apart =1.5
    world * falling apart
    the center cannot hold =1.5
    the centre cannot hold =1.5
    used to mean something =1.5
    doesn't mean anything anymore =1.5
    mean~ nothing anymore =1.5
    move~ the goalposts

    # everyday: nobody knows what's expected; rules that shift, unwritten, or vanished
    old rules =1
    the old rules * gone =2
    nobody play~ by =1
    no one play~ by =1
    play~ by the old rules =1.5
    the rules change~ =1.5
    rules change~ every =1.5
    change~ the rules =1
    changed the rules halfway =2
    rules * halfway =1.5
    rules * mid-game =1.5
    rules of the game * changed =2
    rules of the game =0.5
    halfway through the game =1.5
    mid-game =1
    goalposts =1
    goalposts * moved =1.5
    nobody told me the rules =2
    no one told me the rules =2
    nobody told us the rules =2
    no one told us the rules =2
    never told us the rules =1.5
    never learned the rules =1.5
    n't know the rules =1
    what the rules are =0.5
    aren't any rules =1.5
    are no rules anymore =2
    there aren't any =0.5
    nobody writes them down =1.5
    the rulebook =0.5
    rulebook * gone =1.5
    old playbook =1
    the playbook =0.5
    don't know what's expected =1.5
    n't know what's expected =1.5
    nobody know~ what's expected =2
    no one know~ what's expected =2
    nobody knows what we're supposed =1.5
    what's expected of =0.5
    what is expected of =0.5
    what's expected anymore =1.5
    what counts as =0.5
    what counted as =0.5
    what normal is =1
    what normal even =1.5
    what's normal anymore =2
    normal anymore =1
    what a normal life =1.5
    normal life looks like =1.5
    no such thing as normal =1
    a way you did things =1.5
    the way things were done =1
    the way you did things =1
    how things were done =1
    how you did things =1
    making it up as * go =1
    make~ it up as * go =1
    everyone's making it up =1.5
    everyone is making it up =1.5
    making up its own =1
    making up their own =1
    up for grabs =0.5
    no agreement on =1.5
    agree~ on anything =0.5
    nobody agrees on =1
    no one agrees on =1
    no common ground =1
    no shared =1
    shared anything =1
    their own truth =1.5
    own truth =1
    own reality =1
    own facts =1.5
    own set of facts =1.5
    truth doesn't matter =1.5
    facts don't matter =1.5
    truth stopped =1.5
    the truth stopped =1.5
    who's telling the truth =1
    what's true anymore =2
    what's true =0.5
    everyone has an angle =1.5
    everyone's got an angle =1.5
    everybody's got an angle =1.5
    got an angle =0.5
    no consequences =1.5
    consequences anymore =1.5
    has consequences =0.5
    have consequences =0.5
    held to account =1
    held accountable =1
    nobody is held =1
    no accountability =1.5
    accountability =0.3
    get~ away with =0.5
    gets away with everything =1.5
    get away with anything =1.5
    nobody bats an eye =1.5
    no one bats an eye =1.5
    bat~ an eye =0.5
    just shrug~ =1
    everyone * shrug~ =1
    everyone shrugs =1.5
    shrug~ it off =0.3
    nobody blinks =1
    nobody seems to think =0.5
    honor system =1
    honour system =1
    had a code =1.5
    a code =0.5
    the code =0.5
    code of honor =1
    code of honour =1
    unspoken code =1
    unwritten code =1
    rules * out the window =1.5
    went out the window =1
    out the window =0.3
    nobody knows what they're doing =1
    no one knows what they're doing =1
    nobody gets married =1
    married anymore =1
    people used to =0.5
    everyone used to =0.5
    everybody used to =0.5
    we all used to =0.5
    n't how it was supposed to =1
    wasn't supposed to be like this =1.5
    not supposed to be like this =1.5
    rules .. ignored =1.5
    ignor~ the rules =1
    bother~ with the rules =1.5
    rules for thee =1.5
    rules for everyone else =1.5
    rules only apply =1.5
    one rule for =1.5
    make~ up * own rules =1.5
    make~ up the rules =1
    write~ my own rules =1
    nobody taught us =1
    no one taught us =1
    nobody teaches you =1
    no one teaches you =1
    nobody showed me how =1
    no one showed me how =1
    an answer for every =1
    an answer for everything =0.5
    invent every answer =1.5
    invent~ * myself =0.5
    even pretends =1
    nobody even pretends =1.5
    no one even pretends =1.5
    even pretend =1
    pretend~ it matters =1.5
    what .. is anymore =1.5
    what .. are anymore =1.5
    what .. means anymore =1.5
    what the job is =0.5
    no such thing as a career =1.5
    career anymore =1
    string of gigs =1
    the instructions for life =1.5
    instructions for life =1.5
    the instructions =0.5
    a language nobody speaks =1.5
    nobody speaks anymore =1
    dead language =1
    no yardstick =1.5
    nothing to measure =1
    measure myself against =1
    whether i'm doing well =1
    what was real =1
    what is real =0.5
    n't tell anymore =1
    can't tell anymore =1
    # British spelling: "any more" as two words
    the rules don't apply any more =2
    don't know the rules any more =2
    no rules any more =2
    doesn't mean anything any more =1.5
    mean~ nothing any more =1.5
    are no rules any more =2
    what's expected any more =1.5
    what's normal any more =2
    normal any more =1
    what's true any more =2
    consequences any more =1.5
    married any more =1
    what .. is any more =1.5
    what .. are any more =1.5
    what .. means any more =1.5
    career any more =1
    nobody speaks any more =1
    n't tell any more =1
    can't tell any more =1
    # round 2: rules one grew up with, nobody agrees, nobody enforces, nobody in charge
    rule~ i grew up with =1.5
    rule~ we grew up with =1.5
    rule~ i was raised =1.5
    i was raised on =1
    we were raised on =1
    brought up to believe =1
    stop~ making sense =1.5
    no longer make~ sense =1.5
    rules .. gone =1
    knew the rules =0.5
    all knew the rules =1.5
    everyone knew the rules =1.5
    everybody knew the rules =1.5
    knew the drill =0.5
    nobody enforc~ =1.5
    no one enforc~ =1.5
    nobody agree~ on =1.5
    no one agree~ on =1.5
    nobody agree~ anymore =1.5
    nobody agree~ any more =1.5
    no one agree~ anymore =1.5
    no one agree~ any more =1.5
    nobody can agree =1.5
    no one can agree =1.5
    agree~ .. on what =1
    no agreed =1
    what the etiquette is =1
    what's the etiquette =0.5
    no etiquette =1
    etiquette anymore =1.5
    etiquette any more =1.5
    used to have an answer =1.5
    used to have the answers =1.5
    all making it up =1.5
    all just making it up =1.5
    winging it =0.5
    all winging it =1.5
    everyone * winging it =1.5
    everybody * winging it =1.5
    be winging it =1.5
    nobody at the controls =1.5
    no one at the controls =1.5
    nobody .. in charge =1.5
    no one .. in charge =1.5
    anybody .. in charge =0.5
    anyone .. in charge =0.5
    in charge of anything =1.5
    who was in charge =0.5
    who's in charge =0.5
    who is in charge =0.5
    someone else's job =0.5
    n't know how to behave =1.5
    how to behave anymore =1.5
    how to behave any more =1.5
    how to behave =0.5
    supposed to behave =1.5
    supposed to act =1.5
    meant to behave =1.5
    meant to act =1
    how to act anymore =1.5
    how to act any more =1.5
    no longer appl~ =1.5
    n't take any of it seriously =1.5
    n't take anything seriously =1.5
    nobody take~ anything seriously =1.5
    no one take~ anything seriously =1.5
    why should * follow =1.5
    why follow the rules =1.5
    ignor~ every rule =1.5
    every rule =0.5
    rule~ i never learn~ =1.5
    rule~ i never =1
    nothing i was taught =1.5
    everything i was taught =1
    make~ their own rules =1.5
    make~ your own rules =1
    make~ our own rules =1
    own rules now =1.5
    is supposed to look like =1.5
    are supposed to look like =1.5
    is meant to look like =1.5
    no idea what .. supposed to =0.5
    no idea what .. meant to =0.5
    had a rulebook =1.5
    a rulebook =0.5
    rules .. change~ every =1.5
    nobody explains =1
    no one explains =1
    who's responsible for what =1.5
    who is responsible for what =1.5
    who's responsible =0.5

# ---------------------------------------------------------------------------------------------
    # round 3: general forms from new voices: nobody knows what's allowed, nobody stops anyone,
    # "everyone does", selective enforcement, nobody to complain to, "try that now"
    nobody know~ what's allowed =1.5
    no one know~ what's allowed =1.5
    what's allowed anymore =1.5
    what's allowed any more =1.5
    who's gonna stop me =1.5
    who's going to stop me =1.5
    who's gonna stop =1
    who's going to stop =1
    nobody stop~ them =1
    no one stop~ them =1
    since everyone does =1.5
    because everyone does =1.5
    since everybody does =1.5
    because everybody does =1.5
    selectively enforced =1.5
    enforce~ .. selectively =1
    enforce~ .. at random =1.5
    who * even complain to =1.5
    who to complain to =1
    nobody to complain to =1
    who you'd .. complain to =1.5
    even complain to =1
    is vibes =1
    all vibes =0.5
    nobody can tell me what =0.7
    no one can tell me what =0.7
    no one to complain to =1
    try that now =1
    try that today =1
    try doing that now =1
    miss~ being told =1
    you knew where you stood =1.5
    knew where you stood =1
    nobody think~ .. strange =0.7
    no one think~ .. strange =0.7
    nobody bat~ an eye =1
    no one bat~ an eye =1
    nobody bat~ an eyelid =1
    no one bat~ an eyelid =1
    # round 4: whose rules, rules that are only suggestions or contradict each other, reasons
    # forgotten behind rules still followed, nobody queues or shakes hands, every fan their own canon
    whose rule~ =1.5
    whose judgement =1
    whose judgment =1
    more of a suggestion =1.5
    more like a suggestion =1.5
    more like suggestions =1.5
    rules are suggestions =1.5
    rules are just suggestions =1.5
    rule~ .. more like guidelines =1.5
    contradict each other =1
    contradict one another =1
    nobody actually knows =1
    no one actually knows =1
    nobody really knows =0.7
    no one really knows =0.7
    no rule~ left =1.5
    no rules at all =1.5
    have no rules =1
    there used to be rules =1.5
    used to have .. rule~ =1
    used to have rules =1.5
    reason~ behind the rule~ =1.5
    reason~ for the rule~ =1
    nobody can say why =1.5
    no one can say why =1.5
    nobody can explain why =1.5
    no one can explain why =1.5
    nobody remember~ why =1.5
    no one remember~ why =1.5
    nobody remember~ what * was for =1.5
    nobody remember~ what =0.7
    no one remember~ what =0.7
    nobody remember~ the words =1
    no one remember~ the words =1
    meant to be for =1
    supposed to be for =1
    meant to follow =1
    supposed to follow =0.7
    - supposed to follow up
    - meant to follow up
    nobody .. know~ whether =0.7
    no one .. know~ whether =0.7
    n't .. tell * why * should =1.5
    ask~ why * should =0.7
    stop~ blow~ the whistle =1
    nobody wait~ their turn =1.5
    no one wait~ their turn =1.5
    no taking turns =1.5
    nobody queue~ =1
    no one queue~ =1
    nobody shake~ hands =1.5
    no one shake~ hands =1.5
    used to settle arguments =1.5
    settle~ arguments =0.5
    has their own version =1
    have their own version =1
    every * has their own =0.5
    came with a script =1.5
    come~ with a script =1.5
    come~ with instructions =1
    nobody tell~ you what to do =1
    nobody tell~ me what to do =1
    no one tell~ you what to do =1
    no one tell~ me what to do =1
    telling me when to =1
    tell~ us when to =0.7

    # round 5: rules that contradict each other or differ house to house, the law as whoever answers,
    # the code that used to hold, the script torn up, permission nobody can give any more
    own rulebook =1.5
    just a vibe =1
    everything's a vibe =1
    everything is a vibe =1
    rules change so often =1.5
    different version~ of the truth =1.5
    different version~ of the law =1.5
    different version~ of the rules =1.5
    different ideas of what =0.5
    follow~ the same rules =1
    n't follow the same rules =1.5
    the law is whatever =1.5
    the rules are whatever =1.5
    the done thing =0.5
    tear~ up the rule~ =1
    tear~ up the script =1.5
    had a script for =1.5
    used to be a code =1.5
    there was a code =1
    moral code =0.5
    no moral code =1.5
    referee~ went home =1.5
    what was expected =0.5
    contradict~ =0.5
    contradict~ each other =1.5
    tell~ me something different =1
    up for negotiation =1
    all up for grabs =1
    own manual =1
    nobody hands you =1
    no one hands you =1
    plays it straight =1
    pulling the same way =1
    live by none =1

facet disorientation-and-meaninglessness
about Srole's anomia as lived: lost bearings, adrift, aimless, nothing makes sense, what's the point, nothing to believe in.
source Srole, L. (1956). Social integration and certain corollaries: an exploratory study. American Sociological Review 21(6), 709-716; Seeman, M. (1959). On the meaning of alienation. American Sociological Review 24(6).

    what's the point =1
    what is the point
    what's even the point =1.5
    point of anything =1.5
    what's the use
    why bother
    why even bother =1.5
    nothing matters =1.5
    nothing matters anymore =2
    nothing means anything =1.5
    nothing make~ sense =1.5
    nothing make~ sense anymore =2
    doesn't make sense anymore
    world doesn't make sense =1.5
    don't recognize the world =1.5
    don't recognize * country =1.5
    world i don't recognize =1.5
    world * gone mad =1.5
    world gone mad =1.5
    world * upside down =1.5
    post-truth =1.5
    don't know what's true =1.5
    what's real anymore =1.5
    don't know what to believe =1.5
    don't know what to believe anymore =2
    nothing to believe in =1.5
    nothing left to believe in =2
    nothing is sacred =1.5
    nothing sacred
    lost * bearings =1.5
    lose~ * bearings =1.5
    no bearings =1.5
    lost * footing
    lost my way
    lost our way =1.5
    lost my anchor =1.5
    no direction
    directionless =1.5
    rudderless =1.5
    unmoored =1.5
    untethered
    unanchored =1.5
    anchorless =1.5
    adrift
    drift~ through life =1.5
    aimless~ =1.5
    purposeless~ =1.5
    lack of purpose =1.5
    loss of purpose =1.5
    no sense of purpose =1.5
    no purpose
    without purpose
    lost my purpose
    lost my sense of purpose =1.5
    meaningless~
    meaninglessness =1.5
    loss of meaning =1.5
    crisis of meaning =2
    meaning crisis =2
    no meaning
    devoid of meaning =1.5
    pointless =0.5
    all * pointless =1.5
    feel~ pointless =1.5
    felt pointless =1.5
    everything * pointless =1.5
    everything * meaningless =2
    go~ through the motions
    existential crisis
    existential dread
    existential vacuum =2
    nihilis* =1
    disorient* =1
    in limbo
    feel~ lost
    felt lost
    felt so lost =1.5
    feel~ so lost =1.5
    lost generation =1.5
    don't know who i am anymore
    no place in the world

    # everyday: drifting through days without a story, nothing to aim for
    n't know what .. anymore =1.5
    what i think anymore =1.5
    what i believe anymore =2
    what i believe =0.5
    n't know what i believe =1.5
    what * means anymore =1.5
    means anymore =1.5
    mean anymore =1.5
    means nothing now =1.5
    what being a * means =1
    what it means to be a man =1
    means to be a man anymore =1.5
    what i'm doing with my life =1
    doing with my life =1
    what to do with my life =0.5
    what i want out of =1
    what i'm working toward =1.5
    what i'm working towards =1.5
    what i'm aiming for =1
    supposed to be aiming =1.5
    what i'm supposed to =1
    what we're supposed to =1
    what you're supposed to =1
    what am i supposed to =1
    who i'm supposed to be =1.5
    supposed to want =1.5
    told to want =1.5
    the next thing you're supposed to =1.5
    next thing you're supposed to do =1.5
    supposed to do next =1
    but toward what =1.5
    but towards what =1.5
    toward what =1
    towards what =1
    to what end =1
    but for what =1
    what any of it was for =2
    what any of it is for =2
    what it was all for =1.5
    what it's all for =1.5
    what is it all for =1.5
    what's it all for =1.5
    what it was for =1
    what it is for =0.5
    what's it for =0.5
    does any of it matter =1.5
    none of it matters =1.5
    none of this matters =1.5
    nothing really matters =1.5
    nothing feels real =1
    none of it * real =1
    can't remember why =1
    remember why i wanted =1.5
    why i wanted any of it =1.5
    why i was there =0.5
    no idea what comes next =1.5
    what comes next =0.5
    and then what =1
    now what =0.5
    life to start =1.5
    waiting for my life =1.5
    clicks into place =0.5
    click~ into place =0.5
    no shape =1
    days have no shape =2
    days blur =1
    blur together =0.5
    bleed into each other =1
    one day bleeds into =1
    kill~ time =0.5
    killing time =0.5
    just floating =1.5
    been floating =1
    floating through =1
    drifting through =1.5
    just drifting =1.5
    coasting =0.5
    treading water =1
    spinning my wheels =1
    spin~ my wheels =1
    going nowhere =1
    lead~ nowhere =1
    n't lead anywhere =1
    no goals =1
    no plan =0.5
    no mission =1
    no structure =1
    nothing had structure =1.5
    lost all structure =1.5
    no reason to get up =1.5
    reason to get out of bed =1
    sleepwalk~ =1
    sleep-walk~ =1
    autopilot =1
    groundhog day =1
    same day over and over =1
    nothing to aim for =1.5
    nothing to work toward =1.5
    nothing to work towards =1.5
    nothing to strive for =1.5
    nothing to live for =1
    something to believe in =1
    nothing left to fight for =1.5
    search~ for meaning =1
    searching for meaning =1
    looking for meaning =1
    meaning in any of it =1.5
    n't know how to live =1.5
    know how to live anymore =1.5
    how to live now =1
    feels empty =0.5
    feel~ hollow =1
    felt hollow =1
    for no reason =0.5
    lost the plot =1
    lost the thread =1
    without a story =1.5
    no story =1
    the story ended =1.5
    story ended =1
    the story we told =1
    stories we told ourselves =1
    stopped believing =1
    stopped believing in =1.5
    used to believe =1
    used to believe in =1.5
    believe in anything =1.5
    n't believe in anything =1.5
    nobody believes in =1.5
    no one believes in =1.5
    believes in anything =1.5
    mixed messages =0.5
    n't fit anywhere =0.5
    doesn't fit anymore =1
    hustling =0.5
    everyone's hustling =1
    everybody's hustling =1
    just grinding =1
    everybody's just grinding =1.5
    everyone's just grinding =1.5
    the grind =0.5
    chasing the next thing =1.5
    chase~ the next =1
    the next thing =0.3
    there's no point =1
    no point anymore =1.5
    no point trying =1
    no point in trying =1
    why try =1
    why even try =1.5
    lost in life =1.5
    so lost in life =1.5
    who i am anymore =1.5
    quarter-life crisis =1.5
    midlife crisis =1
    mid-life crisis =1
    sense of purpose =0.5
    meaning of life =0.5
    from job to job =1
    job to job =0.5
    float~ from * to =1
    drift~ from * to =1
    between two worlds =1
    between two cultures =1
    neither here nor there =1
    any of it matters =1.5
    why any of it matters =1.5
    n't see the point =1
    see the point anymore =1.5
    what i'm building toward =1.5
    what i'm building towards =1.5
    building toward =0.5
    n't know why i do =1.5
    why i do it =0.5
    n't know why i .. anymore =1.5
    what was it all for =1.5
    how to live =0.5
    ways to live =0.5
    moorings =1.5
    mooring =1
    nothing firm =1
    solid ground =0.5
    firm ground =0.5
    organi* my life around =1.5
    built my life around =1.5
    build~ * life around =1
    what day of the week =0.5
    what day it is =0.5
    thread that connects =1
    any of it to anything =1.5
    nothing meaningful =1
    stopped expecting =1
    expecting fairness =1.5
    life would be fair =1
    good people lose =1.5
    decent person =0.5
    into what =1
    bring~ kids into =1
    have kids in this =1
    nobody plans =1
    no one plans =1
    had a shape =1
    life had a shape =1.5
    starter home =0.5
    with a roommate =0.5
    worse than our parents =1.5
    worse off than our parents =1.5
    worse than my parents =1.5
    worse off than my parents =1.5
    than our parents =0.5
    the next box =1
    next box =1
    box-ticking =1
    tick~ the box =0.5
    rinse and repeat =1
    and repeat =0.5
    on repeat =0.5
    a loop of =0.5
    stuck in a loop =1
    nobody knows how =1
    no one knows how =1
    no ritual =1.5
    no rituals =1.5
    without ritual =1.5
    no ceremony =1
    without ceremony =1
    no wake =1
    no prayers =0.5
    no funeral =0.5
    # British spelling: "any more" as two words
    nothing matters any more =2
    nothing make~ sense any more =2
    doesn't make sense any more
    what's real any more =1.5
    don't know what to believe any more =2
    don't know who i am any more
    n't know what .. any more =1.5
    what i think any more =1.5
    what i believe any more =2
    what * means any more =1.5
    means any more =1.5
    mean any more =1.5
    means to be a man any more =1.5
    know how to live any more =1.5
    doesn't fit any more =1
    no point any more =1.5
    who i am any more =1.5
    see the point any more =1.5
    n't know why i .. any more =1.5
    # round 2: structure gone, "meant to" (British for "supposed to"), meaning drained
    nothing to get up for =1.5
    get~ up for =0.5
    reason to get up =1
    reason to do anything =1.5
    days have no =1.5
    days don't have =1
    no edges =1
    lost * sense of direction =1
    meant to be aiming =1.5
    what i'm meant to =1
    what we're meant to =1
    what you're meant to =1
    what am i meant to =1
    who i'm meant to be =1.5
    meant to want =1.5
    what .. is meant to be =1
    what .. is supposed to be =1
    n't know what i'm supposed =1.5
    n't know what we're supposed =1.5
    n't know what you're supposed =1.5
    n't know what i'm meant =1.5
    n't know what to make of =1
    what to make of anything =1.5
    no next step =1
    what are we for =1.5
    what are we even for =1.5
    what are we actually for =1.5
    what are we really for =1.5
    is even for =1
    are even for =1
    was even for =1
    what's a * for =1
    what is a * for =1
    feel~ nothing =0.5
    any of it meant =1.5
    any of it mean~ =1.5
    meant a thing =1
    stop~ meaning =1.5
    meaning anything =1.5
    any of it is for =1.5
    any of it was for =1.5
    believ~ in any of it =1.5
    believ~ a word =1
    no longer believ~ =1.5
    n't believe in it anymore =1.5
    n't believe in it any more =1.5
    lose~ * meaning =1.5
    lose~ meaning =1.5
    no longer matter~ =1.5
    no longer mean~ =1.5
    no longer know what =1.5
    certain anymore =1.5
    certain any more =1.5
    the certainty =0.5
    lose~ * certainty =1.5
    is real anymore =1.5
    is real any more =1.5
    who i am without =1.5
    out of uniform =0.5
    miss~ the structure =1.5
    without the structure =1.5
    structure .. gone =1.5
    what to do with myself =1
    lost my routine =1
    no routine =1
    without a routine =1
    days are all the same =1.5
    every day * the same =1
    just existing =1.5
    merely existing =1.5
    no idea what i want =1.5
    n't know what i want =1.5
    why am i even =1
    why are we even =1
    you can be anything =1
    can be anything =0.5
    free to do anything =1
    deconstruct~ my faith =1.5
    deconstruct~ =0.5
    leave~ the faith =1
    lose~ * faith =1.5
    ex-evangelical =1
    exvangelical =1
    n't know what .. supposed to =0.5
    n't know what .. meant to =0.5
    nothing i care about =1
    nothing i * care about =1
    worth getting up for =1.5
    days * all the same =1
    what * believed in =1.5
    what * believe in =1
    is actually for =1
    any of this is for =1.5
    any of this was for =1.5
    what any of this =1
    any of this matter~ =1.5
    n't .. church anymore =1
    n't .. church any more =1
    n't .. mass anymore =1
    n't .. mass any more =1
    what replaced =0.5
    forget~ what it's for =1.5
    what it's for =0.5
    forget~ what .. for =0.5
    remember what .. for =0.5
    n't buy any of =1
    means anything =0.5
    civvy street =1
    civilian life =1
    civvies =0.5
    shapeless =1
    n't see what i'm =1
    n't see what .. for =1
    working toward anymore =1.5
    working towards anymore =1.5
    working toward any more =1.5
    working towards any more =1.5
    certainties =1
    what * was for =0.5
    what * is for =0.5
    idea of a career =1
    n't tell you why i =1
    what i'm for =1.5
    what we're for =1.5
    what am i for =1.5
    what i am for =1
    working toward =0.5
    working towards =0.5
    planning toward =1
    planning towards =1
    map of my life =1
    stop~ matching =1
    what i'd stand for =1.5
    what * stand for =1
    used to be where =1
    no clue what .. supposed to =0.5
    tourist in my own =1.5
    foreigner in my own =1.5
    stranger in my own =1

# ---------------------------------------------------------------------------------------------
    # round 3: what we believe / who to believe; what it is for, with the negator inside when a
    # "no idea / not sure" frame would negate it; aimlessness when work or routine falls away
    what we believ~ =1
    who to believe =1.5
    what to believe =1
    supposed to believe =1
    meant to believe =1
    what's even true =1.5
    about what was true =1
    about what's true =1
    what is even true =1.5
    own version of the truth =1.5
    their own facts =1.5
    no longer sure what =1.5
    n't sure what .. anymore =1.5
    not sure what .. anymore =1.5
    n't sure what .. any more =1.5
    not sure what .. any more =1.5
    no idea what any =1.5
    n't .. idea what any =1.5
    not .. idea what any =1.5
    any of it's for =1.5
    any of it's for anymore =2
    reason~ for any of it =1.5
    point of any of it =1.5
    what it's meant to be =1.5
    what we were meant to =1
    what we were supposed to =1
    what we were meant to be =1.5
    what we were supposed to be =1.5
    nobody seems to know what =1.5
    no one seems to know what =1.5
    n't know what to do with myself =1.5
    n't know what to do with my =1
    what to do with my days =1.5
    what to do with my time =1
    no reason to be up =1.5
    tell~ me who i was =1.5
    tell~ me who i am =1
    who am i without =1.5
    nothing tell~ me =0.7
    every day's the same =1
    every day is the same =1
    every day feels the same =1
    every day's a saturday =1
    every day's a sunday =1
    every day's a tuesday =1
    every day's a monday =1
    every day is a saturday =1
    every day is a sunday =1
    days melt~ together =1.5
    melt~ into each other =1
    blend~ together =0.5
    days blend~ =1
    what month it was =1
    which month it was =1
    which day it was =0.7
    stop~ setting an alarm =1
    a meeting about a meeting =1
    meetings about meetings =1
    # round 4: belief and meaning drained; the day without structure; the negator-inside forms
    # of "don't know what X is for"; what took the place of the old order
    nobody believ~ any =1.5
    no one believ~ any =1.5
    nobody believ~ .. matter~ =1.5
    no one believ~ .. matter~ =1.5
    nobody believ~ in =1
    no one believ~ in =1
    believ~ it matter~ =1
    no real belief =1.5
    no belief =1
    no reason to get dressed =1.5
    no reason to get out of bed =1.5
    no reason to get =1
    no reason to be there =1
    nowhere to be =1
    nothing i have to do =1
    days .. into each other =1.5
    days .. into one another =1.5
    slide~ into each other =1
    run~ into each other =0.5
    blur~ into each other =1.5
    blur~ into one =1
    lost their edges =1
    lost its shape =1
    no difference to anything =1.5
    made no difference to anything =1.5
    n't know what .. is for =1.5
    n't know what .. are for =1.5
    no idea what .. is for =1.5
    not sure what .. is for =1.5
    n't know what .. was for =1.5
    add~ up to anything =1
    add~ up to nothing =1
    none of it add~ up =1
    no idea who i am =1
    n't know who i am =1
    n't know who i am without =1.5
    freedom .. feel~ .. like =0.7
    without * landmark~ =1.5
    single landmark =1
    n't .. what .. mean~ anymore =1.5
    n't .. what .. mean~ any more =1.5
    n't .. what we were meant =1.5
    n't .. what we were supposed =1.5
    what's the point of .. honest~ =1.5
    what's the point of .. fair =1.5
    what was true =0.7
    feel~ like falling =1
    go~ through the ritual~ =1.5
    still go~ through the =0.5
    what * even mean~ =1.5
    what .. even mean~ =1
    hard to know what =0.5
    what take~ their place =1
    what take~ its place =1
    what take~ the place =1
    n't .. what take~ * place =1.5
    point~ at nothing =1
    what we were * for =0.5
    remember what we =0.7
    no one argu~ about anything =1.5
    nobody argu~ about anything =1.5
    nobody argu~ anymore =1
    no one argu~ anymore =1
    nobody argu~ any more =1
    no one argu~ any more =1
    what i value =1
    find~ * values =1
    find~ my values =1
    feel~ meaningless =1.5

    # round 5: the day without structure after discharge, retirement or the children leaving; days
    # that copy each other; meaning that weighs nothing; the ground moving; pretending to know
    structure~ =0.5
    lose~ the routine~ =1
    routine~ that held =1
    hold~ the place together =1
    no timetable =0.5
    without a timetable =1
    no spine =0.5
    forget~ how to decide =1
    sort of drift~ =1
    drift~ along =1
    the week .. drift~ =0.5
    the days .. drift~ =0.5
    fill~ the hours =0.5
    copy of the last =1
    photocopy of the last =1
    weigh~ nothing =1
    nothing .. count~ for anything =1.5
    n't count for anything =1.5
    world that made sense =1.5
    used to make sense =1
    lose~ * sense of purpose =1.5
    pretend~ i know what =1
    pretend~ to know what =1
    floor move~ under =1
    ground shift~ under =1
    ground move~ under =1
    no rites =1.5
    lost its centre =1
    lost its center =1
    leaning against nothing =1.5
    moral vertigo =2
    # round 5: the outside clock that used to say when (bells, rotations, somebody telling me when)
    tell~ me when to =0.5
    told you when to =0.5
    somebody telling me when =1
    someone telling me when =1
    bell for everything =1
    ran on bell~ =1

facet breakdown-of-social-fabric
about Distrust, disillusionment and perceived moral decline among ordinary people: nobody trusts anybody, values eroding, people out for themselves.
source Teymoori, A., Jetten, J., Bastian, B. et al. (2016). Revisiting the measurement of anomie. PLOS ONE 11(7): e0158370 (Perception of Anomie Scale: breakdown of social fabric).

    disillusion* =1.5
    disenchant* =1
    cynic~
    disaffected
    distrust~
    mistrust~
    trust no one =1.5
    can't trust anyone =1.5
    can't trust people =1.5
    no one can be trusted =1.5
    nobody trusts anybody =2
    nobody trusts anyone =2
    no one trusts anyone =2
    don't trust each other =1.5
    don't know who to trust =1.5
    who to trust
    who you can count on =0.5
    can't count on anyone =1.5
    can't rely on anyone =1.5
    loss of trust =1.5
    lost trust in =1.5
    lose~ trust in =1.5
    erosion of trust =2
    erod~ trust =1.5
    trust * erod~ =1.5
    low-trust =1.5
    social trust
    lost faith in =1.5
    lose~ faith in =1.5
    common decency =0.5
    no decency =1.5
    decency * dead =1.5
    no shame
    decline of values =2
    loss of values =1.5
    no values
    values * erod~ =1.5
    everyone lies =1.5
    everyone cheats =1.5
    everyone * corrupt =1.5
    no honor
    no honour
    no loyalty
    loyalty * dead =1.5
    only care~ about themselves =1.5
    only look~ out for themselves =1.5
    out for themselves
    nobody help~ anybody =1.5
    no one help~ anyone =1.5
    no one care~ about anyone =1.5
    hypocris* =0.5
    hypocrit* =0.5
    social decay =1.5
    societal collapse =1.5
    social breakdown =1.5
    breakdown of society =1.5
    breakdown of community =1.5

    # everyday: nobody believable, shortcuts rewarded, decency gone
    can't trust =1
    can't trust anything =1.5
    trust anything anymore =1.5
    trust anyone anymore =1.5
    stopped trusting =1
    n't believe a word =1
    don't believe any of them =1.5
    believe any of them =0.5
    stopped believing the =1.5
    all liars =1.5
    they all lie =1.5
    everyone lies now =2
    everybody lies =1.5
    everybody cheats =1.5
    everyone's cheating =1.5
    everyone is cheating =1.5
    everyone else is cheating =1.5
    everyone else cheats =1.5
    everyone * cheats =1
    whoever cheats =1.5
    cheating is normal =1.5
    honesty * doesn't pay =1.5
    honesty doesn't pay =2
    doesn't pay to be honest =2
    why * be honest =1.5
    why be honest =1.5
    why bother being good =1.5
    being honest gets you =1.5
    what a good person =1
    a good person was supposed =1.5
    lie and win =1.5
    lie~ and win =1.5
    liars win =1.5
    cheaters win =1.5
    crime pays =1
    cut~ corners =1
    cutting corners =1
    fudge~ =0.5
    gaming the system =1.5
    game~ the system =1.5
    loophole~ =1
    find~ a loophole =1
    grift~ =1
    grifter~ =1
    scam~ =0.3
    the worse you behave =2
    worse you behave =2
    rewarded for =0.5
    get~ rewarded =0.5
    gets promoted =0.5
    called being smart =1.5
    is for people who =0.5
    following the rules is for =2
    follow~ the rules is for =2
    rules are for =1.5
    the honest ones =1
    only the honest =1
    the only honest =0.5
    you're the idiot =1
    for the naive =1
    n't practice what they preach =1.5
    practice what they preach =1
    say~ one thing and do~ another =1.5
    preach one thing =1.5
    one thing and do another =1.5
    do another =0.5
    lip service =1
    empty words =1
    empty promises =1
    hollow words =1
    ring~ hollow =1
    rings hollow =1
    rang hollow =1
    core values =0.5
    company values =0.5
    mission statement =0.5
    values * on the wall =1.5
    nobody here follows =1.5
    nobody follows =0.5
    no one follows =0.5
    sold out =0.3
    have sold out =1
    on the take =1
    bought and paid for =1.5
    in the pocket of =1.5
    in somebody's pocket =1
    decency is dead =1.5
    common courtesy * gone =1.5
    civility =0.5
    incivility =0.5
    no one returns =0.5
    nobody returns =0.5
    no one stops =0.5
    nobody stops =0.5
    wouldn't recognize =1
    wouldn't recognise =1
    n't recognize it =1
    n't recognise it =1
    unrecognizable =1
    unrecognisable =1
    barely recognize =1
    barely recognise =1
    hardly recognize =1
    no shame anymore =2
    shame anymore =1
    just content =1
    everything is content =1.5
    everything's content =1.5
    loyalty means nothing =2
    loyalty * nothing =1
    so much for loyalty =2
    loyal to the company =1
    everyone .. cheat~ =1.5
    everybody .. cheat~ =1.5
    anything to get ahead =1.5
    get ahead =0.5
    getting ahead =0.5
    step on anyone =1.5
    stepping on people =1
    climb over =1
    lost * faith in humanity =1.5
    losing faith in humanity =1.5
    they're all the same =1.5
    nothing changes =1
    nothing ever changes =1
    what difference does it make =1
    why vote =1.5
    point in voting =1.5
    rigged against =1
    failed by the system =1.5
    system failed =1
    culture war~ =0.5
    polariz* =0.5
    polaris* =0.5
    tribalism =0.5
    us versus them =0.5
    us vs them =0.5
    - sold out of
    - the tickets sold out
    # British spelling: "any more" as two words
    trust anything any more =1.5
    trust anyone any more =1.5
    no shame any more =2
    shame any more =1
    # round 2: lying normalised, courtesy gone, honesty as a mistake
    everyone else is lying =1.5
    everyone else lies =1.5
    everyone's lying =1
    everybody's lying =1
    honesty .. mistake =1.5
    honesty is for =1.5
    lie~ on * résumé =1
    lie~ on * resume =1
    lie~ on * cv =1
    sincerity =0.5
    whatever gets =0.5
    get~ clicks =1
    clickbait =0.5
    nobody hold~ the door =1
    no one hold~ the door =1
    nobody says sorry =1
    no one says sorry =1
    nobody says please =1
    no one says please =1
    nobody wait~ * turn =1
    no one wait~ * turn =1
    no respect for anything =1.5
    respect for anything =1
    respect for authority =0.5
    respect for elders =0.5
    society is sick =1.5
    sick society =1
    no one trusts =1
    nobody trusts =1
    nobody says hello =0.5
    no one says hello =0.5
    stop~ respecting =1.5
    respect anyone anymore =1.5
    respect anyone any more =1.5
    all frauds =1.5
    turned out to be * fraud~ =1.5
    frauds =0.5
    nobody can be bothered =1
    no one can be bothered =1
    nobody could be bothered =1
    no one could be bothered =1

# ---------------------------------------------------------------------------------------------
    # round 3: honesty and decency as curiosities
    honesty .. quaint =1.5
    decency .. quaint =1.5
    integrity .. quaint =1.5
    manners .. quaint =1.5
    honesty .. gone =1
    decency .. gone =1
    gone .. quaint =0.7
    core value =0.5
facet breakdown-of-leadership
about Institutions and leaders that have lost legitimacy or effectiveness: the system is broken or rigged, nobody is in charge, nobody cares about people like me.
source Teymoori et al. (2016), Perception of Anomie Scale (breakdown of leadership); Srole (1956), anomia items on officials and the average man's lot.

    the system is broken =1.5
    system * broken
    broken system
    the system * rigged =1.5
    rigged system =1.5
    the game is rigged =1.5
    everything * rigged =1.5
    institutions * fail~ =1.5
    failing institutions =1.5
    broken institutions =1.5
    trust in institutions
    distrust * institutions =1.5
    lost legitimacy =1.5
    crisis of legitimacy =1.5
    no one is in charge =1.5
    nobody is in charge =1.5
    nobody's in charge =1.5
    nobody at the wheel =1.5
    asleep at the wheel
    politicians don't care
    leaders * failed us =1.5
    failed us =0.5
    let us down =0.5
    corrupt~ =0.5
    don't care about people like me =1.5
    nobody cares about people like me =2
    no one cares about people like me =2
    have no say
    no one listens to us
    nobody listens to us
    things * getting worse =0.5
    world * getting worse
    bring * child into this world
    bring~ children into this world
    live~ for today =0.5
    let tomorrow take care of itself =1.5
    there's no future =1.5

    # everyday: institutions nobody believes in, no adults in the room
    institutions =0.5
    the institutions =0.5
    every institution =1
    every institution i =1.5
    stage set =1
    a sham =1
    sham =0.5
    a farce =1
    a façade =1
    a facade =1
    house of cards =1
    potemkin =1.5
    the establishment =0.5
    the elites =0.5
    politicians =0.5
    politician =0.3
    career politicians =1
    the government =0.3
    the courts =0.3
    the media =0.3
    no captain =1
    captain jumped =1.5
    nobody's steering =1.5
    nobody is steering =1.5
    no one is steering =1.5
    no one at the helm =1.5
    nobody at the helm =1.5
    no adults in the room =1.5
    adults in the room =1
    who the grown-ups were =1.5
    the grown-ups =0.5
    parents left for the weekend =1.5
    running the asylum =1.5
    running the show =0.3
    the wheels came off =1
    wheels * coming off =1
    wheels came off =1
    clown show =1
    no referee =1.5
    no ref =1.5
    the referee left =1.5
    referee left =1.5
    the little guy =0.5
    people at the top =0.5
    the people at the top =0.5
    the ceo =0.3
    laid off =0.3
    laid us off =0.5
    cut my pension =1
    cut our pension~ =1
    # round 2: accountability and institutions nobody believes in
    nobody * accountable =1.5
    no one * accountable =1.5
    give~ up on politics =1.5
    system * a joke =1.5
    whole thing is a joke =1
    is a joke now =1
    stop~ voting =1.5
    n't vote anymore =1.5
    n't vote any more =1.5
    feels rigged =1.5
    is rigged =1
    all rigged =1.5
    the adults =0.3

    # round 5: faith in institutions in the past tense; the sacred reduced to a form
    believed in the =0.5
    a sacred thing =0.5
    used to be sacred =1.5
    once sacred =1
    tick-box =0.5
    tick-boxes =0.5
    everyone respected =0.5
    everybody respected =0.5
    # round 5: care, schools and offices run on targets and policies that are rewritten or contradict;
    # the stated values (integrity) that nobody keeps; the cause or church turned into a brand
    integrity =0.5
    targets =0.3
    polic~ * rewritten =1
    rules are a joke =1.5
    law is a joke =1.5
    a brand now =1
    just a brand =1

# ---------------------------------------------------------------------------------------------
facet everyone-for-themselves
about Merton's strain: success goals that override legitimate means, cheating to get ahead, hustle culture, dog-eat-dog.
source Merton, R. K. (1938). Social structure and anomie; Messner, S. F. & Rosenfeld, R. (1994). Crime and the American Dream (institutional anomie theory).

    every man for himself =1.5
    everyone for themselves =1.5
    every person for themselves =1.5
    everyone * out for themselves =1.5
    look~ out for number one =1.5
    me-first
    dog-eat-dog =1.5
    dog eat dog =1.5
    cutthroat
    cut-throat
    rat race
    hustle culture =1.5
    grind culture =1.5
    rise and grind
    the hustle =0.5
    side hustle =0.5
    winner-take-all
    win at all costs
    get~ ahead at any cost =1.5
    at any cost =0.5
    by any means necessary
    ends justify the means =1.5
    cheat~ to get ahead =1.5
    cheaters prosper =1.5
    cheating pays =1.5
    nice guys finish last
    for suckers
    greed is good =1.5
    the american dream =0.5
    the american dream is dead =2
    american dream * dead =1.5
    hard work doesn't pay =1.5
    strain theory =1.5
    retreatism
    goals and means
    blocked opportunit*

    # everyday: out for yourself; the ladder that became a treadmill
    everyone for himself =1.5
    everybody for themselves =1.5
    it's everyone for themselves =2
    each for their own =1.5
    look~ out for yourself =1
    nobody looks out for =1
    no one looks out for =1
    nobody look~ out for anybody =1.5
    no one look~ out for anyone =1.5
    fend for yourself =0.5
    hustle =0.5
    hustle and grind =1.5
    rat-race =1
    no real ladder =1.5
    no ladder =1
    the ladder =0.3
    career ladder =0.5
    pulled up the ladder =1.5
    pull~ up the ladder =1.5
    ladder * treadmill =1.5
    treadmill =0.5
    on a treadmill =1
    hamster wheel =1
    escalator going down =1.5
    down escalator =1.5
    run faster =0.5
    running faster =0.5
    the suckers =1
    only suckers =1.5
    sucker~ =0.5
    chump~ =0.5
    the american dream * dead =1.5
    dream is dead =1.5
    dream is over =1
    the dream =0.3
    bill of goods =1.5
    sold a bill =1.5
    move~ fast and break~ things =1.5

    # round 5: cheating as ordinary (romantic and game senses excluded below); filming each other for likes
    cheat~ =0.5
    for likes =0.5
    film~ for likes =1.5
    film~ each other =1
    film~ strangers =1
    filming it =0.5
    film~ it for =0.5

# ---------------------------------------------------------------------------------------------
facet fragmented-community
about Solidarity and community coming apart: atomized society, hollowed-out towns, churches and third places closing, neighbours as strangers.
source Durkheim (1893), The Division of Labour in Society (mechanical and organic solidarity); Putnam, R. D. (2000). Bowling Alone: The Collapse and Revival of American Community.

    mechanical solidarity =1.5
    organic solidarity =1.5
    loss of solidarity =2
    no solidarity =1.5
    social cohesion =0.5
    loss of * cohesion =1.5
    fragmented =0.5
    fragmentation =0.5
    fragmented communit* =2
    fragmented society =2
    fragment~ community =1.5
    society * fragment~ =1.5
    atomized =1.5
    atomised =1.5
    atomization =1.5
    atomisation =1.5
    individualism =0.5
    hyper-individualism
    radical individualism
    social capital
    civic life =0.5
    civic decline =1.5
    hollowed out =1.5
    hollowed-out =1.5
    ghost town =0.5
    dying town
    town * dying
    church~ close~
    church * closed
    empty pews =1.5
    pews * empty =1.5
    loss of community =2
    lost * sense of community =1.5
    no sense of community =1.5
    no community
    community * gone
    community * dissolv~ =1.5
    nobody knows * neighbo* =1.5
    no one knows * neighbo* =1.5
    don't know * neighbo*
    neighbo* are strangers =1.5
    strangers next door =1.5
    nation of strangers =1.5
    society of strangers =1.5
    used to know everyone
    used to look out for each other =2
    used to help each other =1.5
    third place~ =0.5
    no third place~ =1.5
    nowhere to gather =1.5
    rootless~ =1.5
    no roots

    # everyday: the mill closed, traditions faded, nobody keeps the old days
    the mill closed =1.5
    mill * closed =1
    mill * shut =1
    mill shut down =1.5
    since the mill =1.5
    mill town =1
    factory town =1
    company town =1
    since the factory =1.5
    since the plant =1.5
    factory * shut =1
    factory * closed =1
    plant * closed =1
    plant * shut =1
    the plant closed =1.5
    rust belt =1
    rust-belt =1
    boarded up =1
    boarded-up =1
    empty storefronts =1.5
    killed the town =1.5
    kill~ the town =1.5
    town died =1.5
    the town * died =1
    town * doesn't know what it is =2
    n't know what it is anymore =2
    doesn't know what it is =1.5
    lost its identity =1.5
    lost its soul =1.5
    lost our identity =1.5
    lost * identity =1
    lost its heart =1
    identity crisis =1
    stood for something =1.5
    used to stand for =1.5
    what it stood for =1
    what we stood for =1
    nothing in particular =1
    union hall =1
    bowling night =0.5
    nobody organi* =1
    no one organi* =1
    organi* anything anymore =1.5
    nobody volunteers =1
    no one volunteers =1
    traditions * faded =1.5
    traditions * gone =1.5
    traditions * died =1.5
    tradition~ * dying =1.5
    traditions =0.3
    the old ways =1
    old ways =1
    old customs =0.5
    the customs =0.5
    customs =0.3
    feast days =0.5
    keep the feast =1
    midnight mass =0.5
    hymnbook =1
    hymn sheet =1
    same hymnbook =1.5
    same hymn sheet =1.5
    rosary =0.5
    no one keeps =1
    nobody makes the =0.5
    no one makes the =0.5
    no one goes to =0.5
    nobody goes to =0.5
    nobody seems to miss =1.5
    no one seems to miss =1.5
    nobody would know how =1
    no one would know how =1
    no one remembers =0.5
    knew their place =1
    everyone knew their =1
    everybody knew their =1
    the old country =1
    in the old country =1.5
    back home you could =1.5
    in my grandfather's =0.5
    in my grandmother's =0.5
    my grandmother wouldn't =1
    my grandfather wouldn't =1
    my grandparents wouldn't =1
    used to look after =1.5
    looked after each other =1
    looked out for each other =1
    nobody paused =1
    no one paused =1
    the whole town =0.3
    everyone in their own =1
    their own bubble~ =1
    own little bubble~ =1
    its own religion =1.5
    every family * own =1
    no room anymore =1
    no longer gather =1.5
    stopped gathering =1.5
    empty lots =0.5
    church * empty =1
    empty church~ =1
    churches * empty =1
    stopped going to mass =0.5
    nobody celebrates =0.5
    no one celebrates =0.5
    everyone is on their own =1
    every * for itself =1.5
    gig economy =0.5
    gig app =0.5
    gig work =0.5
    factory left =1
    mill left =1
    plant left =1
    the jobs left =1.5
    jobs went overseas =1.5
    jobs * overseas =1
    reason to exist =1
    reason for being =1
    potlucks stopped =1
    shouting at each other =0.5
    little islands =0.5
    # British spelling: "any more" as two words
    n't know what it is any more =2
    organi* anything any more =1.5
    no room any more =1
    # round 2: traditions and institutions that closed or emptied out
    the church i grew up in =1
    post office * shut~ down =1
    post office closed down =1
    post office * gone =1
    pub * closed down =1
    the last pub =1
    honour code =1.5
    honor code =1.5
    the old code =0.5
    taken its place =1
    take~ its place =1
    taken their place =1
    nothing * replac~ =1.5
    nothing replac~ =1.5
    shuttered shops =1
    shuttered storefronts =1
    its own island =1
    own little island =1
    used to know * neighbo* =1.5
    used to hold .. together =1.5
    lost the shared =1.5
    lost * shared =1
    the old neighbo* =0.5
    nobody replac~ =1
    no one replac~ =1

# ---------------------------------------------------------------------------------------------
    # round 3: the old order that told you what and when
    generation believ~ =1
    commandments =1

    # round 5: the chapel closing in the chain of closures, community buildings turned into flats
    chapel~ close~ =1
    chapel * closed =1
    then the chapel =1
    turned into flats =0.5
facet private-troubles-public-issues
about Mills' sociological imagination where it is about norms eroding: personal troubles read as public issues, a culture of overwork that displaces connection.
source Mills, C. W. (1959). The Sociological Imagination, ch. 1 "The Promise" (personal troubles of milieu and public issues of social structure).

    sociological imagination
    private trouble~
    personal trouble~ =0.5
    public issue~ =0.5
    it's structural =0.5
    not a personal failing
    culture of overwork =1.5
    overwork culture =1.5
    always-on culture =1.5
    burnout culture =1.5
    cult of productivity =1.5
    productivity culture
    workism =1.5
    late capitalism
    late-stage capitalism
    neoliberal* =0.5
    everything has a price
    transactional culture =1.5

    # everyday: the life script that was promised and is gone
    bullshit job~ =1.5
    pointless job~ =1.5
    meaningless job~ =1.5
    email job~ =1
    used to be a calling =1.5
    a calling =0.5

# ---------------------------------------------------------------------------------------------
facet broken-life-script
about The promised life script that no longer delivers: study hard, work hard, house, marriage, pension; milestones out of reach; "I did everything right".
source Merton, R. K. (1938). Social structure and anomie; Messner, S. F. & Rosenfeld, R. (1994). Crime and the American Dream; Durkheim (1897), Le Suicide, on the derangement of expectations.

    did everything right =1.5
    did everything * right =1.5
    did everything they said =1.5
    did everything i was told =1.5
    did everything we were told =1.5
    did all the right things =1.5
    all the right things =1
    ticked every box =1.5
    ticked all the boxes =1.5
    checked every box =1.5
    checked all the boxes =1.5
    tick~ every box =1
    every box =0.5
    the checklist =0.5
    checklist =0.3
    played by the rules =1
    followed the rules =1
    followed all the rules =1.5
    followed the script =1.5
    follow~ the script =1
    followed the plan =1
    played it straight =1
    study hard =1
    studied hard =0.5
    study hard and =1.5
    work hard and =1
    if you work hard =1
    if i worked hard =1
    if you studied =1
    got a degree =0.3
    get a degree =0.5
    get a good job =1
    you'll be fine =0.5
    you'd be fine =0.5
    i'd be fine =0.3
    we were promised =1.5
    i was promised =1.5
    were promised =1
    promised us =1
    promised a path =1.5
    was a lie =1
    it was all a lie =1.5
    all a lie =1.5
    sold a lie =1.5
    sold us a lie =1.5
    sold * lie =1.5
    we were sold =1.5
    were sold =0.5
    sold something =1
    we were told =0.5
    they told us =0.5
    believed the pitch =1.5
    the deal was =1
    the deal * broken =1.5
    deal i thought =1.5
    none of that exists =2
    none of it exists =1.5
    doesn't exist anymore =1.5
    doesn't exist for =1
    no longer exists =1
    already gone =1
    was already gone =1.5
    counts for nothing =1.5
    count~ for nothing =1.5
    counted for nothing =1.5
    for nothing now =1
    hard work * nothing =1.5
    my generation =0.5
    for my generation =1.5
    our generation =0.5
    my parents had =1
    my father had =0.5
    my dad had =0.5
    my mother had =0.5
    my mom had =0.5
    my parents hit =1
    at my age my =1
    at his age =0.3
    milestones =1
    milestone =0.5
    adult milestones =1.5
    nowhere in sight =0.5
    steady job =0.5
    a job for life =1.5
    job for life =1
    a pension =0.5
    white picket fence =1
    settle down =0.3
    no down left =1.5
    still renting =0.5
    moved back in with my parents =0.5
    worthless degree =1
    degree * worthless =1
    handed a script =1.5
    the old script =1.5
    life script =1.5
    the plan was =0.5
    what a life looks like =1
    the life i was told =1.5
    the life we were told =1.5
    life i was told to want =2
    was supposed to =0.5
    were supposed to =0.5
    supposed to be =0.3
    # British spelling: "any more" as two words
    doesn't exist any more =1.5
    did everything * said =1.5
    did everything * told =1.5
    did everything my =1
    still can't afford =1
    n't afford a house =1
    n't afford a flat =1
    n't afford a home =1

# ---------------------------------------------------------------------------------------------
facet lost-nomos-imagery
about Imagery of a world-ordering that no longer orients: a spinning compass, a map that no longer matches the territory, rules changed mid-play, a stage set, a dry riverbed, a bell no one heeds.
source Berger, P. L. (1967). The Sacred Canopy (nomos and anomy); Durkheim (1897), Le Suicide; Srole (1956) anomia.

    compass =0.3
    compass * spinning =2
    spinning compass =2
    compass is broken =1.5
    broken compass =1.5
    compass * broken =1.5
    no north =1.5
    no true north =1.5
    lost * true north =1.5
    true north =0.5
    north star =0.5
    no north star =1.5
    which way is north =1
    every direction looks the same =1.5
    navigate by =1
    navigate~ by =0.5
    dead reckoning =1
    stars * burned out =1
    old map =1
    the map * handed =1.5
    map * drawn for =1.5
    map * doesn't match =2
    map * no longer =1.5
    map and the territory =2
    a country that doesn't exist =1.5
    country that doesn't exist =1.5
    world that doesn't exist =1.5
    world that no longer exists =1.5
    country that no longer exists =1.5
    plywood =0.5
    hollow shell =1.5
    empty shell =1
    just a shell =1
    shell of =0.5
    shell of its former self =1.5
    just a * now =0.5
    the ground * shifted =1
    ground shifted =1
    shifting ground =1
    shifting sands =1
    bottom fell out =1
    floor * fell out =1
    pulled the rug =0.5
    rug * pulled =0.5
    no destination =1.5
    with no destination =1.5
    no rudder =1.5
    without a rudder =1.5
    ship without =1
    lost at sea =1
    cut loose =1
    cast adrift =1.5
    the mill whistle =1.5
    mill whistle =1.5
    factory whistle =1.5
    noon bell =0.5
    silent since =0.5
    dry bed =1
    dry riverbed =1
    where it used to be =1
    what used to be =0.5
    an empty box =1
    empty box =0.5
    no next page =1.5
    no next chapter =1.5
    turned the page and =0.5
    never leaves the station =1.5
    collecting paychecks =1
    collect~ paychecks =1
    flips the board =1.5
    flip~ the board =1
    like a joke =0.5
    nobody bothered to =1
    no one bothered to =1
    when the story ended =2
    # generic imagery families
    things fall apart =1
    the wild west =1
    like the wild west =1.5
    free-for-all =1.5
    free for all =1
    lord of the flies =1.5
    law of the jungle =1.5
    jungle out there =1.5
    smoke and mirrors =1
    emperor has no clothes =1
    shell game =1
    empty ritual~ =1.5
    hollow ritual~ =1.5
    no script =1.5
    there's no script =1.5
    no manual =1
    no instruction manual =1
    missed the instructions =1.5
    no map =1.5
    without a map =1.5
    in free fall =1
    coming apart at the seams =1
    nothing solid =1
    nothing to hold on to =1
    nothing to hold onto =1
    no anchor =1.5
    ship of fools =1.5
    deck chairs =1
    rome burns =1
    the old world =0.5
    a world that's gone =1.5
    the world i grew up in =1
    the world i knew =1
    the country i grew up in =1
    the town i grew up in =0.5
    end of an era =0.5
    running in place =1
    stuck in neutral =1
    holding pattern =1
    cog in the machine =0.5
    cog in a machine =0.5
    # round 2: signposts, blueprints and landmarks gone
    blueprint~ =0.5
    no blueprint~ =1.5
    signpost~ =0.5
    no signpost~ =1.5
    no landmarks =1.5
    at a crossroads =0.5
    deckchairs =0.5
    scaffolding =0.3

# ---------------------------------------------------------------------------------------------
# Exclusions: mathematical, technical and everyday senses.
    - vector norm~                  # guards: no entry matches a bare "norm", kept for safety
    - matrix norm~
    - norm~ of the matrix
    - norm of a vector
    - anything goes wrong
    - if anything goes
    - anything goes according
    - anything goes to
    - nothing matters more
    - nothing matters as much
    - nothing means more
    - corrupt~ file~
    - corrupted data
    - corrupt~ the data
    - data corruption
    - file corruption
    - memory corruption
    - disk fragmentation
    - memory fragmentation
    - fragmented sleep
    - fragmented files
    - fragmented market~
    - hollow~ out the pumpkin~
    - hollow~ out * pumpkin~
    - hollowed-out pumpkin~
    - hollowed-out log~
    - hollowed out log~
    - no direction home             # song title
    - the rulebook says
    - lost my way home
    - lost my way back
    - lost my footing on
    - lost * footing on the
    - no shame in
    - there's no future in
    - felt lost the first
    - felt lost for the first
    - feel~ lost at first
    - felt lost at first
    - wander~ aimless~ around
    - wander~ aimless~ through the
    - wandering aimlessly
    - aimlessly wander~
    - the mill pond
    - the whistle blew
    - referee blew
    - the referee missed
    - the map app
    - google map~
    - paper map
    - the compass on
    - compass rose
    - kept going back
    - kept going until
    - kept going for
    - settle down for
    - settle down and sleep
    - the kids settle down
    - mission statement for the project
    - on a treadmill desk
    - hustle and bustle
    - the hustle and bustle
    - no shape to
    - kill~ time at the airport
    - kill~ time before
    - blur together in the
    - change~ the rules on
    - back to normal
    - rules still hold
    - old rules still
    - no rules in my
    - what does * stand for

    # round 5: romantic, dieting and game senses of cheat
    - cheat~ on
    - cheat~ me
    - cheat sheet~
    - cheat day~
    - cheat code~
    - cheat meal~
    - structural integrity
    - data integrity
    # round 5: old rules that still hold (routine, club and house rules kept gladly)
    - old rules .. still hold
    - old rules .. still apply
    - drift~ apart
    - bone structure
    - sentence structure
    - structural engineer~
    - sales targets
