# Four threads print at the same time inside their work loops.  Under
# --stm a print no longer makes its transaction inevitable (which
# serialised every printing thread): each transaction's output is written
# when it commits.  The lines interleave as the scheduler decides (under
# CPython too), so stdout is compared as a multiset; every line must be
# there exactly once (abort stress included), whole.  Each line is one
# write call: CPython's print writes its text and its end separately, so
# another thread's line may come between them there.
import sys
import threading


def mix(seed: int, n: int) -> int:
    h = seed
    for i in range(n):
        h = ((h * 31) ^ (i + (h >> 7))) & 0xFFFFFFF
    return h


def worker(k: int, items: int) -> None:
    for i in range(items):
        sys.stdout.write(f"t{k} {i} {mix(k * 1000 + i, 300)}\n")
        if i % 25 == 0:
            print(f"t{k} printed {i}\n", end="")


def main(argv: list[str]) -> int:
    ts = [threading.Thread(target=worker, args=(k, 80)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# threads
# sort-stdout
# stm-max-inevitable: 1

# expect: t0 0 66406729
# expect: t0 printed 0
# expect: t0 1 20381560
# expect: t0 2 137890944
# expect: t0 3 72401452
# expect: t1 0 30624804
# expect: t0 4 264828950
# expect: t0 5 159616177
# expect: t0 6 172117996
# expect: t0 7 229849745
# expect: t0 8 251817685
# expect: t0 9 49161391
# expect: t0 10 81788299
# expect: t0 11 240693985
# expect: t0 12 112990834
# expect: t0 13 20942351
# expect: t0 14 105443482
# expect: t0 15 83097458
# expect: t0 16 160322598
# expect: t0 17 171860572
# expect: t0 18 57958110
# expect: t0 19 176491666
# expect: t0 20 7355074
# expect: t0 21 51226087
# expect: t0 22 85269744
# expect: t0 23 185885892
# expect: t0 24 93310028
# expect: t0 25 234427416
# expect: t0 printed 25
# expect: t0 26 160799481
# expect: t0 27 170022934
# expect: t0 28 175004050
# expect: t0 29 238611179
# expect: t0 30 108249499
# expect: t0 31 55943136
# expect: t0 32 36628280
# expect: t0 33 178121104
# expect: t0 34 1689863
# expect: t0 35 113220256
# expect: t0 36 261327747
# expect: t0 37 201431096
# expect: t0 38 46158318
# expect: t0 39 21345604
# expect: t0 40 67726204
# expect: t0 41 83029235
# expect: t0 42 95222889
# expect: t0 43 49522403
# expect: t0 44 32018834
# expect: t0 45 229436086
# expect: t0 46 87568294
# expect: t0 47 60798855
# expect: t0 48 163059798
# expect: t0 49 12439450
# expect: t0 50 103675711
# expect: t0 printed 50
# expect: t0 51 240786816
# expect: t0 52 239427560
# expect: t0 53 120691526
# expect: t0 54 199623051
# expect: t0 55 22135186
# expect: t0 56 198299530
# expect: t0 57 237489000
# expect: t0 58 193641013
# expect: t0 59 224258596
# expect: t0 60 49956392
# expect: t0 61 205704450
# expect: t0 62 92025689
# expect: t0 63 219222141
# expect: t0 64 246783133
# expect: t0 65 44770287
# expect: t0 66 154791050
# expect: t0 67 71186010
# expect: t0 68 64442678
# expect: t0 69 39821255
# expect: t0 70 212799121
# expect: t0 71 235000883
# expect: t0 72 121307291
# expect: t0 73 32792988
# expect: t0 74 140744401
# expect: t0 75 95958240
# expect: t0 printed 75
# expect: t0 76 99553812
# expect: t0 77 172080967
# expect: t0 78 206748159
# expect: t0 79 152390920
# expect: t1 printed 0
# expect: t1 1 174847293
# expect: t1 2 184670684
# expect: t1 3 152473848
# expect: t1 4 169341797
# expect: t1 5 119806417
# expect: t1 6 222918951
# expect: t1 7 36255225
# expect: t1 8 18727789
# expect: t1 9 47708276
# expect: t1 10 60057277
# expect: t1 11 14040819
# expect: t1 12 178965598
# expect: t1 13 89952471
# expect: t1 14 8966141
# expect: t1 15 44232196
# expect: t1 16 115507277
# expect: t1 17 75371897
# expect: t1 18 91540266
# expect: t1 19 75522430
# expect: t1 20 77602844
# expect: t2 0 51050735
# expect: t2 printed 0
# expect: t2 1 58635143
# expect: t2 2 241291498
# expect: t3 0 238091750
# expect: t1 21 30715274
# expect: t2 3 27684639
# expect: t2 4 64315188
# expect: t2 5 68498343
# expect: t2 6 4049607
# expect: t2 7 112397466
# expect: t2 8 193439876
# expect: t2 9 158186448
# expect: t2 10 99671022
# expect: t2 11 55384461
# expect: t1 22 90103544
# expect: t1 23 113105437
# expect: t1 24 237036152
# expect: t3 printed 0
# expect: t3 1 166306487
# expect: t3 2 77807294
# expect: t2 12 266098227
# expect: t1 25 172150372
# expect: t2 13 20232923
# expect: t3 3 100116958
# expect: t1 printed 25
# expect: t2 14 141114886
# expect: t1 26 214714315
# expect: t3 4 151326514
# expect: t2 15 133577995
# expect: t1 27 90449710
# expect: t3 5 131228036
# expect: t2 16 87513724
# expect: t1 28 140669105
# expect: t3 6 117317993
# expect: t2 17 128166882
# expect: t2 18 186963777
# expect: t2 19 185180971
# expect: t2 20 119566759
# expect: t2 21 221406755
# expect: t2 22 116319948
# expect: t2 23 220680569
# expect: t2 24 242254441
# expect: t2 25 228083109
# expect: t2 printed 25
# expect: t2 26 157614719
# expect: t2 27 57336891
# expect: t2 28 33722667
# expect: t2 29 199382976
# expect: t2 30 26405801
# expect: t2 31 77091380
# expect: t2 32 182821626
# expect: t2 33 144071411
# expect: t2 34 109778069
# expect: t2 35 175744545
# expect: t2 36 180323921
# expect: t2 37 17589328
# expect: t2 38 47148326
# expect: t2 39 228498243
# expect: t2 40 25890965
# expect: t2 41 61997054
# expect: t2 42 109915413
# expect: t2 43 82319175
# expect: t2 44 236775987
# expect: t2 45 63550300
# expect: t2 46 67263775
# expect: t2 47 236775026
# expect: t2 48 116629108
# expect: t2 49 133904876
# expect: t2 50 257755606
# expect: t2 printed 50
# expect: t2 51 227163715
# expect: t2 52 173669734
# expect: t2 53 196439887
# expect: t2 54 179490127
# expect: t2 55 232725035
# expect: t2 56 60774957
# expect: t2 57 31469284
# expect: t2 58 185861470
# expect: t2 59 254545176
# expect: t2 60 12574618
# expect: t2 61 213501055
# expect: t2 62 233993508
# expect: t2 63 257834842
# expect: t2 64 143488326
# expect: t2 65 45957619
# expect: t2 66 150958298
# expect: t2 67 175537859
# expect: t2 68 232857892
# expect: t2 69 31697743
# expect: t1 29 189306264
# expect: t3 7 250027215
# expect: t3 8 11384562
# expect: t3 9 173291099
# expect: t3 10 92249184
# expect: t3 11 78949640
# expect: t3 12 128917241
# expect: t3 13 125686105
# expect: t3 14 217156099
# expect: t3 15 17244081
# expect: t3 16 213154735
# expect: t3 17 195988080
# expect: t3 18 150350916
# expect: t3 19 161304756
# expect: t3 20 216396882
# expect: t3 21 28756519
# expect: t3 22 173935684
# expect: t3 23 6408367
# expect: t3 24 126399961
# expect: t3 25 222996319
# expect: t3 printed 25
# expect: t3 26 233419916
# expect: t3 27 245730270
# expect: t3 28 158280704
# expect: t3 29 149883103
# expect: t3 30 243533886
# expect: t3 31 65694668
# expect: t3 32 101140693
# expect: t3 33 51414471
# expect: t3 34 193580590
# expect: t3 35 59771574
# expect: t3 36 141452453
# expect: t3 37 92583867
# expect: t3 38 268396479
# expect: t3 39 19646220
# expect: t3 40 93541916
# expect: t3 41 59527908
# expect: t1 30 99951152
# expect: t1 31 61913506
# expect: t1 32 212610616
# expect: t1 33 236230045
# expect: t1 34 112412508
# expect: t1 35 6294545
# expect: t1 36 59194687
# expect: t1 37 97159525
# expect: t1 38 79762518
# expect: t1 39 114689947
# expect: t1 40 109794743
# expect: t1 41 86169972
# expect: t1 42 65919342
# expect: t1 43 71219335
# expect: t1 44 142082638
# expect: t1 45 117196460
# expect: t1 46 160377651
# expect: t1 47 250624893
# expect: t1 48 109616775
# expect: t1 49 179283214
# expect: t1 50 57423092
# expect: t1 printed 50
# expect: t1 51 76145233
# expect: t1 52 154494093
# expect: t1 53 201886521
# expect: t1 54 114600431
# expect: t1 55 70919344
# expect: t1 56 62608367
# expect: t1 57 218985211
# expect: t1 58 193279537
# expect: t1 59 260692157
# expect: t1 60 183038367
# expect: t1 61 252925979
# expect: t1 62 112927192
# expect: t1 63 268318824
# expect: t1 64 251819506
# expect: t1 65 256224068
# expect: t1 66 263775180
# expect: t1 67 52801707
# expect: t1 68 553782
# expect: t1 69 142861981
# expect: t1 70 147399147
# expect: t1 71 5156671
# expect: t1 72 126266638
# expect: t1 73 194161096
# expect: t1 74 93035002
# expect: t1 75 13726588
# expect: t1 printed 75
# expect: t1 76 247759325
# expect: t1 77 207036258
# expect: t1 78 100762253
# expect: t1 79 47632286
# expect: t3 42 199589443
# expect: t2 70 123978030
# expect: t3 43 40816572
# expect: t2 71 192272416
# expect: t2 72 226804217
# expect: t2 73 162177193
# expect: t2 74 111335074
# expect: t2 75 155422292
# expect: t2 printed 75
# expect: t2 76 74009323
# expect: t2 77 117712002
# expect: t2 78 257788364
# expect: t2 79 76178425
# expect: t3 44 133608150
# expect: t3 45 232846110
# expect: t3 46 69481419
# expect: t3 47 32970277
# expect: t3 48 153756250
# expect: t3 49 13408480
# expect: t3 50 16830085
# expect: t3 printed 50
# expect: t3 51 102913977
# expect: t3 52 206595749
# expect: t3 53 192494910
# expect: t3 54 217434460
# expect: t3 55 218714905
# expect: t3 56 1322732
# expect: t3 57 22237989
# expect: t3 58 248071402
# expect: t3 59 213336919
# expect: t3 60 59679348
# expect: t3 61 237712683
# expect: t3 62 201009187
# expect: t3 63 95728621
# expect: t3 64 98885008
# expect: t3 65 200094162
# expect: t3 66 232698701
# expect: t3 67 151330745
# expect: t3 68 104159088
# expect: t3 69 134995984
# expect: t3 70 124694826
# expect: t3 71 135333441
# expect: t3 72 91688123
# expect: t3 73 245616532
# expect: t3 74 245558640
# expect: t3 75 45636508
# expect: t3 printed 75
# expect: t3 76 203466228
# expect: t3 77 264238562
# expect: t3 78 135319499
# expect: t3 79 44869044
# expect: done
