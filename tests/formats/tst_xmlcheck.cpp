// XML checked for the editors (where it stops being well-formed) and laid out to be read.
#include "formats/XmlCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace infiniti;

class XmlCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void problemsAreFoundWithTheirPlace()
    {
        QVERIFY(!firstXmlProblem(u"<a><b/></a>"_s, false));
        QVERIFY(!firstXmlProblem(u"  "_s, true));
        QVERIFY(firstXmlProblem(u"  "_s, false));
        const auto problem = firstXmlProblem(u"<a>\n<b></a>"_s, false);
        QVERIFY(problem);
        QCOMPARE(problem->line, 2);
    }

    void oneLineIsIndentedElementByElement()
    {
        const QString xml = u"<?xml version=\"1.0\" encoding=\"utf-8\"?><AnswerFile><HeaderInfo "
                            "Version=\"1\"/><Answers><Answer Id=\"a&amp;b\">Jo  Citizen</Answer>"
                            "</Answers></AnswerFile>"_s;
        QCOMPARE(indentedXml(xml), u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                   "<AnswerFile>\n"
                                   "  <HeaderInfo Version=\"1\"/>\n"
                                   "  <Answers>\n"
                                   "    <Answer Id=\"a&amp;b\">Jo  Citizen</Answer>\n"
                                   "  </Answers>\n"
                                   "</AnswerFile>"_s);
    }

    void noDeclarationIsAdded()
    {
        QCOMPARE(indentedXml(u"<a>\n\n   <b>x</b></a>"_s), u"<a>\n  <b>x</b>\n</a>"_s);
    }

    void onlyLayoutWhitespaceIsReplaced()
    {
        // Walk 23: the laid-out text is what is edited and sent, so it must say what the
        // original says. Mixed content, an element's only text (blank too), xml:space="preserve",
        // CDATA, comments and attributes as written all stay character for character.
        const QString xml = u"<r><p>Dear <b>Jo</b> <i>Citizen</i>,</p><blank>  </blank>"
                            "<code xml:space=\"preserve\"><l>a</l>  <l>b</l></code>"
                            "<d><![CDATA[  x < y ]]></d><!-- note --><e a='1'  b=\"&lt;\"/></r>"_s;
        QCOMPARE(indentedXml(xml), u"<r>\n"
                                   "  <p>Dear <b>Jo</b> <i>Citizen</i>,</p>\n"
                                   "  <blank>  </blank>\n"
                                   "  <code xml:space=\"preserve\"><l>a</l>  <l>b</l></code>\n"
                                   "  <d><![CDATA[  x < y ]]></d>\n"
                                   "  <!-- note -->\n"
                                   "  <e a='1'  b=\"&lt;\"/>\n"
                                   "</r>"_s);
        // Laid out again, it stays as it is.
        QCOMPARE(indentedXml(indentedXml(xml)), indentedXml(xml));
    }

    void blankOrBrokenXmlIsNotLaidOut()
    {
        QCOMPARE(indentedXml(u" "_s), QString());
        QCOMPARE(indentedXml(u"<a><b></a>"_s), QString());
    }
};

QTEST_GUILESS_MAIN(XmlCheckTest)
#include "tst_xmlcheck.moc"
