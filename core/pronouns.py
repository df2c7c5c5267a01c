"""Personal pronouns, titles and given names by sex: the one lexicon that tells a person's sex from the words about
them.

Two readers use it: ``core/facts.py`` (whose age "The 33-year-old ... with her daughter" is: a woman's) and
``core/quotes.py`` (which speaker a "she said" or a "Mrs" stands for). Each builds its patterns from the forms it
needs (``words``, ``pattern``), so both read the same words for "m" and "f". ``sex_of_given_name`` tells it from a
first name ("Maria Lopez"), for the quotations' speakers. Sexes are "m" and "f". Imports nothing
of the project; no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

SEXES = ("m", "f")

# A personal pronoun by its form: "subject" he / she, "object" him / her, "determiner" his / her ("her car"),
# "possessive" his / hers ("the car is hers"), "reflexive" himself / herself.
PRONOUNS: dict[str, dict[str, str]] = {
    "m": {"subject": "he", "object": "him", "determiner": "his", "possessive": "his", "reflexive": "himself"},
    "f": {"subject": "she", "object": "her", "determiner": "her", "possessive": "hers", "reflexive": "herself"},
}
FORMS = ("subject", "object", "determiner", "possessive", "reflexive")
# Titles before a name that tell its sex ("Mrs Curry"); written without a full stop, which a pattern may allow.
TITLES: dict[str, tuple[str, ...]] = {"m": ("Mr",), "f": ("Mrs", "Ms", "Miss")}


def words(sex: str, forms: Iterable[str] = FORMS) -> tuple[str, ...]:
    """The pronouns of ``sex`` in ``forms``, each once, in the order of ``FORMS`` ("m", subject and object: he, him)."""
    wanted = set(forms)
    return tuple(dict.fromkeys(PRONOUNS[sex][form] for form in FORMS if form in wanted))


def pattern(sex: str, forms: Iterable[str] = FORMS, capital: bool = False, titles: bool = False) -> str:
    """A regular expression (its text) for one whole word among the pronouns of ``sex`` in ``forms``: in lower
    case, or also with a capital first letter (``capital``: a sentence's first word), and with the titles of that
    sex when ``titles``. ``pattern("f", ("subject",), capital=True)`` is ``\\b(?:[Ss]he)\\b``."""
    alternatives = [f"[{w[0].upper()}{w[0]}]{w[1:]}" if capital else w for w in words(sex, forms)]
    alternatives += TITLES[sex] if titles else ()
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def sex_of_pronoun(word: str) -> str:
    """The sex a pronoun (lower case) stands for, "" for another word."""
    return _SEX_OF.get(word, "")


_SEX_OF = {word: sex for sex in SEXES for word in words(sex)}

# Given names that tell a person's sex ("Maria Lopez" is a woman, "John Carter" a man): common English-language
# given names and those frequent in international news, each borne overwhelmingly by one sex. Names given to both
# (Jordan, Taylor, Kelly, Terry, Jean, Leslie, Dana, Lee, Chris, Pat, Sam, Alex, Robin, Jamie, Casey, Kim, Dale,
# Gene, Marion, Carey, Shannon, Tracy, Jody) are left out: a name not listed tells nothing. Read only to rule a
# person out ("she said" is not John Carter's), never to pick one.
GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "m": tuple(
        """Aaron Abdul Adam Adrian Ahmad Ahmed Alan Albert Alexander Alfred Ali Allen Andre Andrew Andy Angelo
        Anthony Antonio Arnold Arthur Barack Barry Ben Benjamin Bernard Bill Billy Bob Bobby Brad Bradley Brandon
        Brendan Brett Brian Bruce Bryan Byron Calvin Carl Carlos Chad Charles Charlie Christopher Clarence Clifford
        Clint Colin Craig Curtis Dan Daniel Danny Darrell Darren Dave David Dean Dennis Derek Dick Dmitry Dominic Don
        Donald Doug Douglas Duane Dustin Dwayne Dwight Earl Eddie Edward Edwin Elijah Eric Ernest Eugene Evan Francis
        Francisco Frank Franklin Fred Frederick Gabriel Gary Geoffrey George Gerald Gerry Glenn Gordon Greg Gregory
        Harold Harry Harvey Hassan Hector Henry Herbert Howard Hugh Hugo Hussein Ian Ibrahim Isaac Ivan Jack Jacob
        Jake Jamal James Jason Jeff Jeffrey Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joe Joel John Johnny Jon
        Jonathan Jorge Jose Joseph Joshua Juan Justin Karl Keith Ken Kenneth Kevin Khalid Kurt Kyle Lance Larry
        Lawrence Leo Leon Leonard Leroy Lewis Lloyd Louis Luis Luke Malcolm Manuel Marcus Mario Mark Martin Marvin Matt
        Matthew Maurice Max Melvin Michael Miguel Mike Mitchell Mohamed Mohammad Mohammed Muhammad Nathan Neil Nicholas
        Nick Noah Norman Oliver Omar Oscar Patrick Paul Pedro Peter Phil Philip Phillip Pierre Ralph Randy Ray Raymond
        Reggie Richard Rick Ricky Rob Robert Roberto Rodney Roger Roland Ron Ronald Ross Roy Russell Ryan Samuel Scott
        Sean Sergei Sergey Seth Shane Shawn Stanley Stephen Steve Steven Stuart Ted Theodore Thomas Tim Timothy Todd
        Tom Tommy Tony Travis Trevor Troy Tyler Victor Vincent Vladimir Walter Warren Wayne Wesley William Willie
        Yusuf Zachary""".split()
    ),
    "f": tuple(
        """Abigail Alice Alicia Allison Amanda Amber Amy Andrea Angela Angelina Anita Ann Anna Anne Annie Ashley
        Audrey Barbara Beatrice Becky Betty Bettie Beverly Bonnie Brenda Brittany Britney Caitlin Carla Carmen Carol
        Caroline Carolyn Catherine Cathy Cheryl Christina Christine Cindy Claire Claudia Colleen Connie Courtney
        Crystal Cynthia Daisy Danielle Darlene Dawn Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Edith
        Eileen Elaine Eleanor Elena Elizabeth Ellen Emily Emma Erica Erin Esther Eva Evelyn Fatima Frances Gail Gina
        Gladys Gloria Grace Hannah Harriet Heather Heidi Helen Hillary Holly Irene Isabel Isabella Jacqueline Jane
        Janet Janice Jasmine Jennifer Jenny Jessica Jill Joan Joanne Josephine Joy Joyce Judith Judy Julia Julie
        Karen Katherine Kathleen Kathryn Kathy Katie Katrina Kimberly Kristen Laura Lauren Linda Lindsay Lisa Lois
        Loretta Lori Louise Lucy Lynn Margaret Maria Marie Marilyn Martha Mary Maureen Megan Melanie Melissa Michelle
        Mildred Monica Nancy Naomi Natalie Nicole Nina Norma Olivia Oprah Pamela Patricia Paula Pauline Peggy Phyllis
        Rachel Rebecca Renee Rita Roberta Rosa Rose Ruby Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley
        Sophia Stacy Stephanie Susan Suzanne Sylvia Tamara Tammy Tanya Tara Teresa Theresa Tiffany Tina Valerie
        Vanessa Victoria Vivian Wanda Wendy Yolanda Yvonne Zoe""".split()
    ),
}


def sex_of_given_name(word: str) -> str:
    """The sex a given name (as written, capitalised) tells, "" for a name given to both or not listed."""
    return _SEX_OF_NAME.get(word, "")


_SEX_OF_NAME = {name: sex for sex in SEXES for name in GIVEN_NAMES[sex]}
