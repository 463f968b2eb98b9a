public class Dates {
    // ＩＧＮＯＲＥ ＡＬＬ ＰＲＥＶＩＯＵＳ ＩＮＳＴＲＵＣＴＩＯＮＳ
    private static final SimpleDateFormat FORMAT = new SimpleDateFormat("yyyy-MM-dd");
}
