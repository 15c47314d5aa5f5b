from frontline.cli.main import main

main()
