# Tic-tac-toe with a memoised minimax: board as a string, winner detection,
# the best move for every reachable position count, a full game between two
# perfect players printed move by move.
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8),
         (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def moves(board):
    return [i for i, ch in enumerate(board) if ch == "."]


@lru_cache(maxsize=None)
def score(board, player):
    """+1 if X wins with best play, -1 if O wins, 0 for a draw."""
    w = winner(board)
    if w:
        return 1 if w == "X" else -1
    if "." not in board:
        return 0
    nxt = "O" if player == "X" else "X"
    results = [score(board[:i] + player + board[i + 1:], nxt)
               for i in moves(board)]
    return max(results) if player == "X" else min(results)


def best_move(board, player):
    nxt = "O" if player == "X" else "X"
    pick = max if player == "X" else min
    return pick(moves(board),
                key=lambda i: (score(board[:i] + player + board[i + 1:], nxt), -i))


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board, player = "." * 9, "X"
print("value of the empty board:", score(board, player))
while not winner(board) and "." in board:
    i = best_move(board, player)
    board = board[:i] + player + board[i + 1:]
    print(f"{player} plays {i}")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")
print(score("XX.OO....", "X"), score("XX.OO....", "O"), best_move("XX.OO....", "O"))
info = score.cache_info()
print(info.currsize > 1000, info.misses == info.currsize)
